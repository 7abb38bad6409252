namespace Mediazona.Collection.Sources.Sudrf;

/// <summary>What a court's answer is. Only <see cref="List"/> and <see cref="EmptyList"/> say how many cases a window holds.</summary>
public enum PageKind
{
    /// <summary>A results table.</summary>
    List,
    /// <summary>«Данных по запросу не обнаружено»: no cases, or (same page) a query the court did not understand.</summary>
    EmptyList,
    /// <summary>A case card.</summary>
    Card,
    /// <summary>The search asks for a captcha or refused the answer.</summary>
    Captcha,
    /// <summary>403, an anti-bot stub or «заблокирован по соображениям безопасности».</summary>
    Blocked,
    /// <summary>Maintenance, database down, «временно недоступна», 5xx: try again later.</summary>
    Unavailable,
    /// <summary>«Данный модуль неактивен»: the court switched the case module off.</summary>
    ModuleOff,
    /// <summary>The court ignored the query (calendar, search form, «НЕВЕРНЫЙ ФОРМАТ ЗАПРОСА!»): usually the wrong generation.</summary>
    QueryIgnored,
    /// <summary>«Возможно, она была удалена или перемещена» or HTTP 404.</summary>
    NotFound,
    /// <summary>None of the above: the layout changed. Never read as "no cases".</summary>
    Unknown,
}

/// <summary>A page's kind and, for anything but a list or card, the text that gave it away.</summary>
public sealed record PageVerdict(PageKind Kind, string Cause)
{
    /// <summary>A fault that stops the court's crawl until the next run (as opposed to a page to read).</summary>
    public bool IsFault => Kind is not (PageKind.List or PageKind.EmptyList or PageKind.Card);
}
