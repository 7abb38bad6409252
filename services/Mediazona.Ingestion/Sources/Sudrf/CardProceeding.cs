using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Ingestion.Sources.Sudrf;

/// <summary>
/// Which proceeding a card belongs to. Court sites publish every proceeding in the same card format, so the kind is read
/// from three witnesses, best first: the list title the page prints («Уголовные дела - кассация»), the delo_id of the
/// card's own URL, the case number's prefix («7У-»), and last the delo_id most of the page's links carry.
/// </summary>
public static partial class CardProceeding
{
    public static ProceedingKind Read(List<IElement> all, string caseNumber, string sourceUrl)
    {
        foreach (var element in all)
        {
            if (element.LocalName is not ("td" or "a" or "option" or "script" or "style") && MayBeTitle(element.FirstChild)
                && FromTitle(OwnText(element)) is { } titled && !InsideLinkOrForm(element))
                return titled;
        }
        return FromDeloId(DeloIdOf(sourceUrl))
            ?? FromCaseNumber(caseNumber)
            ?? FromDeloId(MostCommonDeloId(all))
            ?? ProceedingKind.Unspecified;
    }

    /// <summary>
    /// A list title as sites print it above a card or a list; null when the text is no list title. The search form's
    /// section headings («Уголовное судопроизводство») name a branch, not a list, so they are none.
    /// </summary>
    public static ProceedingKind? FromTitle(string text)
    {
        if (text.Length is < 12 or > 160)
            return null;
        var title = CardText.Clean(text).ToLowerInvariant();
        if (!ListTitle().IsMatch(title))
            return null;
        if (title.Contains("правонарушени", StringComparison.Ordinal))
            return ProceedingKind.AdministrativeOffence;
        if (title.StartsWith("материал", StringComparison.Ordinal) || title.Contains("по материалам", StringComparison.Ordinal))
            return ProceedingKind.Materials;
        if (title.StartsWith("уголовн", StringComparison.Ordinal))
        {
            return title.Contains("кассац", StringComparison.Ordinal) || title.Contains("надзор", StringComparison.Ordinal) ? ProceedingKind.CriminalCassation
                : title.Contains("апелляц", StringComparison.Ordinal) ? ProceedingKind.CriminalAppeal
                : title.Contains("перв", StringComparison.Ordinal) ? ProceedingKind.CriminalFirstInstance
                : ProceedingKind.Other;
        }
        if (title.StartsWith("гражданск", StringComparison.Ordinal))
            return ProceedingKind.Civil;
        return title.StartsWith("административн", StringComparison.Ordinal) ? ProceedingKind.AdministrativeClaim : ProceedingKind.Other;
    }

    /// <summary>sudrf's proceeding ids (delo_id of generation A, _deloId of B); null for one the suite does not know.</summary>
    public static ProceedingKind? FromDeloId(string? deloId) => deloId switch
    {
        "1540006" => ProceedingKind.CriminalFirstInstance,
        "4" => ProceedingKind.CriminalAppeal,
        "2450001" => ProceedingKind.CriminalCassation,
        "1610001" or "1610002" => ProceedingKind.Materials,
        "1500001" or "1502001" or "1502005" => ProceedingKind.AdministrativeOffence,
        "1540005" or "5" => ProceedingKind.Civil,
        "41" or "42" => ProceedingKind.AdministrativeClaim,
        _ => null,
    };

    /// <summary>The prefix of a case number as courts write it; null when it says nothing.</summary>
    public static ProceedingKind? FromCaseNumber(string caseNumber)
    {
        var match = NumberPrefix().Match(caseNumber);
        if (!match.Success)
            return null;
        if (match.Groups["material"].Success)
            return ProceedingKind.Materials;
        // Some sites type the letter in Latin («2a-»): the same prefix.
        return match.Groups["prefix"].Value.ToLowerInvariant().Replace('a', 'а') switch
        {
            "1" => ProceedingKind.CriminalFirstInstance,
            "22" or "10" or "22к" => ProceedingKind.CriminalAppeal,
            "7у" or "77" => ProceedingKind.CriminalCassation,
            "5" or "12" or "7" or "16" => ProceedingKind.AdministrativeOffence,
            "2" or "33" or "8г" or "88" => ProceedingKind.Civil,
            "2а" or "33а" or "8а" or "88а" or "3а" => ProceedingKind.AdministrativeClaim,
            "13" or "15" or "4" or "13а" or "15а" => ProceedingKind.Materials,
            _ => null,
        };
    }

    /// <summary>delo_id= or _deloId= of a URL (or process-type=1540006_0_0 of a generation B form).</summary>
    public static string? DeloIdOf(string? url)
    {
        if (string.IsNullOrEmpty(url))
            return null;
        var match = DeloIdQuery().Match(url);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>The card's own links (tabs, print, acts) carry its delo_id; a link to another instance's card is outnumbered.</summary>
    static string? MostCommonDeloId(List<IElement> all)
    {
        Dictionary<string, int>? counts = null;
        foreach (var element in all)
        {
            if (element.LocalName == "a" && DeloIdOf(element.GetAttribute("href")) is { } id)
            {
                counts ??= [];
                counts[id] = counts.GetValueOrDefault(id) + 1;
            }
        }
        return counts?.MaxBy(pair => pair.Value).Key;
    }

    /// <summary>How list titles begin (checked on the raw text, before any cleaning: most elements begin otherwise).</summary>
    static readonly string[] TitleStarts = ["уголовн", "дела", "жалоб", "гражданск", "административн", "производство по", "материал"];

    /// <summary>A cheap look at the element's first text: long enough and beginning as a list title does.</summary>
    static bool MayBeTitle(INode? first)
    {
        if (first is not IText text)
            return false;
        var start = text.Data.AsSpan().TrimStart();
        if (start.Length < 12)
            return false;
        foreach (var stem in TitleStarts)
        {
            if (start.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    /// <summary>The element's own text, without its children's: a title is a leaf, and a container's text is not its title.</summary>
    static string OwnText(IElement element)
    {
        var first = element.FirstChild;
        if (first is null)
            return "";
        if (first.NextSibling is null)
            return first is IText only ? only.Data : "";
        var text = "";
        for (var node = first; node is not null; node = node.NextSibling)
        {
            if (node is IText part)
                text += part.Data;
        }
        return text;
    }

    /// <summary>Menus and search forms name every proceeding: a title inside a link, a select, a label or a form is not the page's.</summary>
    static bool InsideLinkOrForm(IElement element)
    {
        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (current.LocalName is "a" or "option" or "select" or "label" or "form")
                return true;
        }
        return false;
    }

    [GeneratedRegex(@"^(уголовн\S* дела\b|дела об административных правонарушениях|жалобы? на постановлени\S* по делам об административных правонарушениях|гражданск\S* дела\b|административн\S* дела\b|производство по материалам|материал\S*( по)? )")]
    private static partial Regex ListTitle();

    /// <summary>«7У-1297/2026 [77-655/2026]» → 7У; «4/17-12/2024» → a material (a numbered register before the dash).</summary>
    [GeneratedRegex(@"^\s*(?:(?<material>\d{1,2}/\d{1,3})|(?<prefix>\d{1,3}[А-Яа-яЁёAa]?))\s*-\s*\d", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPrefix();

    [GeneratedRegex(@"[?&;](?:delo_id|_deloId|process-type)=(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex DeloIdQuery();
}
