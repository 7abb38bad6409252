using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Mediazona.Contracts.Cases.V1;
using CourtRegistry = Mediazona.Courts.Registry.CourtRegistry;
using Mediazona.Ingestion.Courts;
using Mediazona.Ingestion.Normalisation;

namespace Mediazona.Ingestion.Sources.Sudrf;

/// <summary>Reads the fields of a parsed card page of either layout.</summary>
static partial class CardPage
{
    const string HiddenName = "Информация скрыта";

    public static ParsedCard Read(IDocument document, CardSource source, DecodedPage decoded)
    {
        var encoding = decoded.Encoding;
        // One pass over the elements: AngleSharp's QuerySelector builds a CSS parser per call, which cost more than parsing the page.
        var all = document.All.ToList();
        var (numberElement, layout) = all.Find(e => e.ClassList.Contains("casenumber")) is { } old
            ? (old, CardLayout.Old)
            : all.Find(e => e.ClassList.Contains("case-num")) is { } modern ? (modern, CardLayout.New) : (null, CardLayout.Unknown);
        if (numberElement is null)
            return ParsedCard.Rejected("content", "not a case card (no case number block div.casenumber or div.case-num)", encoding);

        var tables = all.OfType<IHtmlTableElement>().ToList();
        var fields = CaseFields(tables);
        var caseNumber = CaseNumber(CardText.Flat(numberElement));
        if (caseNumber.Length == 0)
        {
            var reason = CardText.Flat(numberElement).Contains(CardText.NotFilled, StringComparison.OrdinalIgnoreCase) || fields.Count == 0
                ? "malformed card: the case number is not filled in («Не заполнено»)"
                : "the case number block is empty";
            return new(null, new("case_number", reason), layout, encoding);
        }

        var court = CourtResolver.Resolve(CourtClues.Read(all, source.SourceUrl), source.SourceUrl, source.CourtCode, CourtRegistry.Current);
        if (court is not { } resolved)
            return new(null, new("court.code", "the page shows no court code, its host is no court in the registry and the sender gave none (court_code)"), layout, encoding);

        var card = new CourtCase
        {
            Court = resolved.Court,
            CourtResolution = resolved.Resolution,
            PageDecoding = decoded.Decoding,
            ProceedingKind = CardProceeding.Read(all, caseNumber, source.SourceUrl),
            CaseNumber = caseNumber,
            SourceUrl = source.SourceUrl.Trim(),
            CaseUid = fields.GetValueOrDefault(nameof(CourtCase.CaseUid), ""),
            Category = fields.GetValueOrDefault(nameof(CourtCase.Category), ""),
            Judge = fields.GetValueOrDefault(nameof(CourtCase.Judge), ""),
            OutcomeRaw = fields.GetValueOrDefault(nameof(CourtCase.OutcomeRaw), ""),
            HearingMark = fields.GetValueOrDefault(nameof(CourtCase.HearingMark), ""),
        };
        foreach (var (name, field) in new[] { (nameof(CourtCase.EntryDate), "entry_date"), (nameof(CourtCase.DecisionDate), "decision_date") })
        {
            var printed = fields.GetValueOrDefault(name, "");
            if (CardText.IsoDate(printed) is not { } iso)
                return new(null, new(field, $"'{Shorten(printed)}' is not a real date"), layout, encoding);
            if (name == nameof(CourtCase.EntryDate))
                card.EntryDate = iso;
            else
                card.DecisionDate = iso;
        }

        if (Events(tables, card) is { } eventRejection)
            return new(null, eventRejection, layout, encoding);
        Defendants(tables, card);
        Acts(document, all, layout, card);
        return new(card, null, layout, encoding);
    }

    /// <summary>«ДЕЛО № 1-123/2023 ~ М-40/2023» → «1-123/2023».</summary>
    static string CaseNumber(string printed)
    {
        var text = CardText.Value(printed);
        var tilde = text.IndexOf('~', StringComparison.Ordinal);
        if (tilde >= 0)
            text = text[..tilde];
        text = CaseNumberPrefix().Replace(text, "");
        return CardText.Value(text);
    }

    /// <summary>Label → value rows of the ДЕЛО tab, first match per field; labels matched by prefix, case and colon aside.</summary>
    static Dictionary<string, string> CaseFields(IEnumerable<IHtmlTableElement> tables)
    {
        var fields = new Dictionary<string, string>();
        foreach (var table in tables)
        {
            foreach (var row in table.Rows)
            {
                if (row.Cells.Length < 2)
                    continue;
                var label = CardText.Flat(row.Cells[0]);
                var key = CardText.Label(label) switch
                {
                    _ when CardText.Matches(label, "уникальный идентификатор дела") => nameof(CourtCase.CaseUid),
                    _ when CardText.Matches(label, "дата поступления") => nameof(CourtCase.EntryDate),
                    _ when CardText.Matches(label, "категория дела") => nameof(CourtCase.Category),
                    _ when CardText.Matches(label, "судья", "передано в производство судье", "дело находится в производстве судьи", "председательствующий") => nameof(CourtCase.Judge),
                    _ when CardText.Matches(label, "дата рассмотрения") => nameof(CourtCase.DecisionDate),
                    _ when CardText.Matches(label, "результат рассмотрения") => nameof(CourtCase.OutcomeRaw),
                    _ when CardText.Matches(label, "признак рассмотрения дела") => nameof(CourtCase.HearingMark),
                    _ => null,
                };
                if (key is not null && !fields.ContainsKey(key))
                    fields[key] = CardText.Value(CardText.Flat(row.Cells[1]));
            }
        }
        return fields;
    }

    /// <summary>The ДВИЖЕНИЕ ДЕЛА table: a header row names the columns, every later row is an event.</summary>
    static Validation.Rejection? Events(IEnumerable<IHtmlTableElement> tables, CourtCase card)
    {
        foreach (var table in tables)
        {
            var rows = table.Rows;
            var header = Array.FindIndex(rows.ToArray(), r => r.Cells.Any(c => CardText.Matches(CardText.Flat(c), "наименование события")));
            if (header < 0)
                continue;
            var columns = rows[header].Cells.Select(CardText.Flat).ToList();
            int Column(params string[] wordings) => columns.FindIndex(c => CardText.Matches(c, wordings));
            var name = Column("наименование события");
            var date = Column("дата события", "дата");
            var published = Column("дата размещения");
            if (published == date)
                date = columns.FindIndex(c => CardText.Matches(c, "дата") && !CardText.Matches(c, "дата размещения"));
            var time = Column("время");
            var location = Column("место проведения", "зал судебного заседания", "зал");
            var result = Column("результат события");
            var basis = Column("основание для выбранного результата", "основания для выбранного результата", "основание");
            var note = Column("примечание");

            for (var i = header + 1; i < rows.Length; i++)
            {
                var cells = rows[i].Cells;
                string Cell(int index) => index >= 0 && index < cells.Length ? CardText.Value(CardText.Flat(cells[index])) : "";
                if (cells.Length < 2 || Cell(name).Length == 0)
                    continue;
                var index = card.Events.Count;
                var caseEvent = new CaseEvent
                {
                    Name = Cell(name),
                    Time = Cell(time),
                    Location = Cell(location),
                    Result = Cell(result),
                    Basis = Cell(basis),
                    Note = Cell(note),
                };
                if (CardText.IsoDate(Cell(date)) is not { } eventDate)
                    return new($"events[{index}].date", $"'{Shorten(Cell(date))}' is not a real date");
                if (CardText.IsoDate(Cell(published)) is not { } publishedDate)
                    return new($"events[{index}].published_date", $"'{Shorten(Cell(published))}' is not a real date");
                caseEvent.Date = eventDate;
                caseEvent.PublishedDate = publishedDate;
                card.Events.Add(caseEvent);
            }
            return null;
        }
        return null;
    }

    /// <summary>The people table: a header row with «Фамилия» and «Перечень статей»; charges stay raw for classification.</summary>
    static void Defendants(IEnumerable<IHtmlTableElement> tables, CourtCase card)
    {
        foreach (var table in tables)
        {
            var rows = table.Rows;
            var header = Array.FindIndex(rows.ToArray(), r => r.Cells.Any(c => CardText.Matches(CardText.Flat(c), "фамилия")));
            if (header < 0)
                continue;
            var columns = rows[header].Cells.Select(CardText.Flat).ToList();
            var name = columns.FindIndex(c => CardText.Matches(c, "фамилия"));
            var charges = columns.FindIndex(c => CardText.Matches(c, "перечень статей", "статьи", "статья"));
            var kind = columns.FindIndex(c => CardText.Matches(c, "вид лица"));
            for (var i = header + 1; i < rows.Length; i++)
            {
                var cells = rows[i].Cells;
                string Cell(int index) => index >= 0 && index < cells.Length ? CardText.Value(CardText.Flat(cells[index])) : "";
                var printedName = Cell(name);
                if (printedName.Length == 0 || (kind >= 0 && !IsDefendant(Cell(kind))))
                    continue;
                var hidden = printedName.Contains("скрыт", StringComparison.OrdinalIgnoreCase);
                card.Defendants.Add(new Defendant
                {
                    Ordinal = card.Defendants.Count + 1,
                    Name = hidden ? HiddenName : printedName,
                    NameHidden = hidden,
                    ChargesRaw = Charges(Cell(charges)),
                });
            }
            return;
        }
    }

    /// <summary>Only the accused: «СТОРОНЫ ПО ДЕЛУ» may also list victims, prosecutors and counsel.</summary>
    static bool IsDefendant(string kind) =>
        kind.Length == 0 || kind.Contains("подсудим", StringComparison.OrdinalIgnoreCase) || kind.Contains("обвиняем", StringComparison.OrdinalIgnoreCase)
        || kind.Contains("осужд", StringComparison.OrdinalIgnoreCase) || kind.Contains("лицо, в отношении", StringComparison.OrdinalIgnoreCase)
        || kind.Contains("привлекаем", StringComparison.OrdinalIgnoreCase); // КоАП: «ПРИВЛЕКАЕМОЕ ЛИЦО», the one the case is against

    /// <summary>«ст.337 ч.3.1 УК РФ;ст.337  ч.5 УК РФ» → «ст.337 ч.3.1 УК РФ; ст.337 ч.5 УК РФ».</summary>
    static string Charges(string printed) =>
        string.Join("; ", printed.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>The СУДЕБНЫЕ АКТЫ tab, when the court published the act: its text, paragraph by paragraph.</summary>
    static void Acts(IDocument document, List<IElement> all, CardLayout layout, CourtCase card)
    {
        var containers = new List<IElement>();
        if (layout == CardLayout.Old)
        {
            var tabs = all.Where(e => e.LocalName == "li" && e.Id is { Length: > 3 } id && id.StartsWith("tab", StringComparison.Ordinal)
                && e.ParentElement?.ClassList.Contains("tabs") == true);
            foreach (var tab in tabs)
            {
                if (CardText.Matches(CardText.Flat(tab), "судебные акты") && document.GetElementById("cont" + tab.Id![3..]) is { } content)
                    containers.Add(content);
            }
        }
        containers.AddRange(all.Where(e => e.Id?.StartsWith("tab_content_Document", StringComparison.Ordinal) == true));
        foreach (var container in containers)
        {
            var text = BlockText(container);
            if (text.Length == 0 || text.Equals(CardText.NotFilled, StringComparison.OrdinalIgnoreCase))
                continue;
            var head = CardText.Clean(text.Length > 300 ? text[..300] : text).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
            var kind = head.Contains("ПРИГОВОР", StringComparison.Ordinal) ? "Приговор"
                : head.Contains("ПОСТАНОВЛЕНИЕ", StringComparison.Ordinal) ? "Постановление"
                : head.Contains("ОПРЕДЕЛЕНИЕ", StringComparison.Ordinal) ? "Определение" : "";
            card.Acts.Add(new JudicialAct { Kind = kind, Text = text });
        }
    }

    /// <summary>Text of an element with one line per block (p, div, br, tr, li), white space collapsed within lines.</summary>
    static string BlockText(IElement element)
    {
        var builder = new StringBuilder();
        Append(element, builder);
        return string.Join('\n', builder.ToString().Split('\n').Select(CardText.Clean).Where(line => line.Length > 0));
    }

    static void Append(INode node, StringBuilder builder)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                builder.Append(text.Data);
                continue;
            }
            if (child is not IElement element || element.LocalName is "script" or "style")
                continue;
            var block = element.LocalName is "p" or "div" or "br" or "tr" or "li" or "h1" or "h2" or "h3" or "h4" or "table";
            if (block)
                builder.Append('\n');
            Append(element, builder);
            if (block)
                builder.Append('\n');
        }
    }

    static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

    [GeneratedRegex(@"^\s*(дело|материал)?\s*(№|N|No)?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex CaseNumberPrefix();

}
