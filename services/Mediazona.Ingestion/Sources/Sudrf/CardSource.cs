using Mediazona.Contracts.Cases.V1;
using Mediazona.Ingestion.Validation;

namespace Mediazona.Ingestion.Sources.Sudrf;

/// <summary>What the sender says about a page: where it came from, its Content-Type, and the court code if the page lacks it.</summary>
public sealed record CardSource(string SourceUrl = "", string? ContentType = null, string? CourtCode = null);

public enum CardLayout
{
    Unknown,
    /// <summary>div.casenumber, ul.tabs, table#tablcont.</summary>
    Old,
    /// <summary>div.case-num, #case_bookmarks, #tab_content_*.</summary>
    New,
}

/// <summary>A parsed card (Card set) or why the page is not one (Rejection set); Encoding is the charset used.</summary>
public sealed record ParsedCard(CourtCase? Card, Rejection? Rejection, CardLayout Layout, string Encoding)
{
    public static ParsedCard Rejected(string field, string reason, string encoding = "") => new(null, new(field, reason), CardLayout.Unknown, encoding);
}
