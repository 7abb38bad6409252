namespace Mediazona.Collection.Sources.Sudrf;

/// <summary>One row of a results list: the card link and what the row says about the case.</summary>
/// <param name="CardKey">Stable per court: «case_id=…» (A), «_id=…» or «_uid=…» (B).</param>
/// <param name="CardHref">The link as written, for <see cref="SearchUrls.Card"/>.</param>
/// <param name="Decision">Decision date and result as the row shows them: when they change, the card is fetched again.</param>
public sealed record ListRow(string CardKey, string CardHref, string CaseNumber, DateOnly? EntryDate, DateOnly? DecisionDate, string Decision);

/// <summary>A parsed results page.</summary>
/// <param name="Total">«Всего по запросу найдено» (null when the page does not say).</param>
/// <param name="FirstRow">«На странице записи с X» (1-based).</param>
/// <param name="LastRow">«… по Y».</param>
/// <param name="MaxLinkedPage">The highest page number any paging link names (1 when there are no links).</param>
public sealed record SearchListPage(QueryVariant Generation, IReadOnlyList<ListRow> Rows, int? Total, int? FirstRow, int? LastRow, int MaxLinkedPage, string? CourtCode)
{
    /// <summary>Pages in the whole list, read from the first page: its row count is the page size (as dataout does); the links when there is no count line.</summary>
    public int PageCount => Total is { } total && FirstRow == 1 && LastRow is > 0 and var size
        ? Math.Max(MaxLinkedPage, (total + size - 1) / size)
        : MaxLinkedPage;
}
