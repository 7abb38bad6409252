using System.Text.RegularExpressions;

namespace Mediazona.Collection.Sources.Sudrf;

/// <summary>
/// What a court answered, from the HTTP status and the decoded page. Every site answers 200 for its error pages, so the
/// text decides. A captcha, error or unknown page is never an empty list: only the documented «no data» texts are.
/// </summary>
public static partial class PageClassifier
{
    static readonly (string Marker, PageKind Kind)[] Markers =
    [
        ("заблокирован по соображениям безопасности", PageKind.Blocked),
        ("Данный запрос некорректен", PageKind.Blocked),
        ("проверочный код с картинки", PageKind.Captcha),
        ("код с картинки", PageKind.Captcha),
        ("Время жизни сессии закончилось", PageKind.Captcha),
        ("Данный модуль неактивен", PageKind.ModuleOff),
        ("Информация временно недоступна", PageKind.Unavailable),
        ("Warning: pg_connect()", PageKind.Unavailable),
        ("Warning: pg_query()", PageKind.Unavailable),
        ("производится информационное наполнение сайта", PageKind.Unavailable),
        ("сайт временно недоступен", PageKind.Unavailable),
        ("В связи с проведением работ", PageKind.Unavailable),
        ("ERROR LEVEL 2", PageKind.QueryIgnored),
        ("НЕВЕРНЫЙ ФОРМАТ ЗАПРОСА", PageKind.QueryIgnored),
        ("дел не назначено", PageKind.QueryIgnored),
        ("Возможно, она была удалена или перемещена", PageKind.NotFound),
    ];

    static readonly string[] NoData = ["Данных по запросу не обнаружено", "Данных по запросу не найдено", "Ничего не найдено", "Указанный сервер СДП не найден"];

    public static PageVerdict Classify(int status, string text)
    {
        if (status == 403)
            return new(PageKind.Blocked, $"HTTP 403: {Excerpt(text)}");
        if (status == 404)
            return new(PageKind.NotFound, "HTTP 404");
        if (status == 429 || status >= 500)
            return new(PageKind.Unavailable, $"HTTP {status}");
        if (status is < 200 or >= 300)
            return new(PageKind.Unknown, $"HTTP {status}");

        foreach (var (marker, kind) in Markers)
        {
            if (text.Contains(marker, StringComparison.OrdinalIgnoreCase))
                return new(kind, $"«{marker}»");
        }
        if (CardBlock().IsMatch(text))
            return new(PageKind.Card, "");
        if (ListTable().IsMatch(text))
            return new(PageKind.List, "");
        if (CaptchaInput().IsMatch(text))
            return new(PageKind.Captcha, "the search form asks for «Проверочный код»");
        foreach (var marker in NoData)
        {
            if (text.Contains(marker, StringComparison.OrdinalIgnoreCase))
                return new(PageKind.EmptyList, $"«{marker}»");
        }
        if (SearchForm().IsMatch(text))
            return new(PageKind.QueryIgnored, "the search form came back instead of results");
        if (AntiBotStub().IsMatch(text) && !text.Contains("modSdpContent", StringComparison.Ordinal))
            return new(PageKind.Blocked, "a script-only page that redirects (anti-bot stub)");
        return new(PageKind.Unknown, $"unknown page: {Excerpt(text)}");
    }

    /// <summary>The visible text's start, for a cause a person can read.</summary>
    static string Excerpt(string html)
    {
        var text = Whitespace().Replace(Tags().Replace(html, " "), " ").Trim();
        return text.Length <= 120 ? text : text[..120] + "…";
    }

    [GeneratedRegex("""<input[^>]+name\s*=\s*['"]?captcha\b""", RegexOptions.IgnoreCase)]
    private static partial Regex CaptchaInput();

    [GeneratedRegex("""class\s*=\s*["']?(casenumber|case-num)\b""", RegexOptions.IgnoreCase)]
    private static partial Regex CardBlock();

    [GeneratedRegex("""id\s*=\s*["']?tablcont\b|law-case-table""", RegexOptions.IgnoreCase)]
    private static partial Regex ListTable();

    [GeneratedRegex("""<input[^>]+name\s*=\s*['"]?(u1_case__|case__entry_date)""", RegexOptions.IgnoreCase)]
    private static partial Regex SearchForm();

    [GeneratedRegex("""(window|document)\.location|location\.(href|replace)""", RegexOptions.IgnoreCase)]
    private static partial Regex AntiBotStub();

    [GeneratedRegex("<[^>]*>|&nbsp;")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
