using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Mediazona.Collection.Sources.Sudrf;

/// <summary>Which generation a court's page comes from: div#modSdpContent holding a &lt;link&gt; element means B.</summary>
public static class SiteGenerations
{
    static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    /// <summary>A or B; null when the page has no div#modSdpContent (an error page, a stub) and so says nothing.</summary>
    public static QueryVariant? Detect(string html) => Detect(Parser.ParseDocument(html));

    internal static QueryVariant? Detect(IDocument document) => document.GetElementById("modSdpContent") is { } content
        ? content.QuerySelector("link") is null ? QueryVariant.A : QueryVariant.B
        : null;
}
