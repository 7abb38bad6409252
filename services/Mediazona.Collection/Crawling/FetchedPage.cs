using Mediazona.Collection.Sources.Sudrf;

namespace Mediazona.Collection.Crawling;

/// <summary>A court's answer as fetched: bytes, their real Content-Type, when, the decoded text and what kind of page it is.</summary>
public sealed record FetchedPage(Uri Url, int Status, byte[] Content, string ContentType, DateTimeOffset FetchedAt, string Text, PageVerdict Verdict);
