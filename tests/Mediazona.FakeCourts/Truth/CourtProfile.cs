namespace Mediazona.FakeCourts.Truth;

/// <summary>How a fake court behaves: its site generation and the faults real sites show.</summary>
public sealed record CourtProfile(string Name)
{
    /// <summary>Generation B («_deloId», 20 rows, div#resultTable); otherwise A («delo_id», 25 rows, table#tablcont).</summary>
    public bool GenerationB { get; init; }
    /// <summary>A list without the «Дата вступления в законную силу» column (7 columns).</summary>
    public bool SevenColumns { get; init; }
    /// <summary>The search needs a captcha: lists answer «Неверно указан проверочный код с картинки.».</summary>
    public bool Captcha { get; init; }
    /// <summary>«Данный модуль неактивен» on every sud_delo page.</summary>
    public bool ModuleOff { get; init; }
    /// <summary>«Этот запрос заблокирован по соображениям безопасности» on every page.</summary>
    public bool Blocked { get; init; }
    /// <summary>The first N requests get the maintenance page; it clears on retry.</summary>
    public int MaintenanceFirstRequests { get; init; }
    /// <summary>Every Nth request is a 503 with Retry-After: 1 (0 = never).</summary>
    public int Every503 { get; init; }
    /// <summary>Answers take this long.</summary>
    public bool Slow { get; init; }
    /// <summary>No new cases in the last <see cref="SilentDays"/> days although the court used to be busy.</summary>
    public int SilentDays { get; init; }
    /// <summary>A court with no cases at all: every list is the «no results» page.</summary>
    public bool Empty { get; init; }
    /// <summary>Searches answer with a results page of a design nobody has seen (the site changed).</summary>
    public bool LayoutChanged { get; init; }
    /// <summary>A B court whose answer to an A-style query is a bare «no data» page, without the frame that shows the generation.</summary>
    public bool BareEmptyPage { get; init; }

    /// <summary>The variety, assigned by the court's position; past the list, plain A and B courts alternate.</summary>
    public static CourtProfile For(int index) => index switch
    {
        0 => new("A") { },
        1 => new("B") { GenerationB = true },
        2 => new("A, 7 columns") { SevenColumns = true },
        3 => new("captcha") { Captcha = true },
        4 => new("module off") { ModuleOff = true },
        5 => new("maintenance, clears on retry") { MaintenanceFirstRequests = 2 },
        6 => new("B, 503 every 7th request") { GenerationB = true, Every503 = 7 },
        7 => new("slow") { Slow = true },
        8 => new("went quiet") { SilentDays = 300 },
        9 => new("blocked") { Blocked = true },
        10 => new("empty") { Empty = true },
        11 => new("layout changed") { LayoutChanged = true },
        12 => new("B, bare empty page for A-style queries") { GenerationB = true, BareEmptyPage = true },
        _ => index % 2 == 0 ? new("A") : new("B") { GenerationB = true },
    };
}
