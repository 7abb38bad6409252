using System.Globalization;
using System.Text;

namespace Mediazona.Collection.Sources.Sudrf;

/// <summary>One search: a court's criminal first-instance list for an entry-date window, one page of it.</summary>
/// <param name="Article">Optional article filter as the sites print it, e.g. «337 ч.5».</param>
/// <param name="Captcha">A solved captcha (5 digits and its captchaid), added to every search URL when a court asks.</param>
public sealed record SearchQuery(string CourtCode, DateOnly From, DateOnly To, int Page = 1, string? Article = null, (string Answer, string Id)? Captcha = null);

/// <summary>Search and card URLs for both site generations, in the order real clients send the parameters.</summary>
public static class SearchUrls
{
    public const string CriminalFirstInstance = "1540006";

    /// <summary>«Найти» in cp1251: some courts return nothing without it.</summary>
    const string Submit = "Submit=%CD%E0%E9%F2%E8";

    public static Uri List(Uri siteBase, QueryVariant variant, SearchQuery query)
    {
        var url = new StringBuilder("modules.php?name=sud_delo");
        if (variant == QueryVariant.A)
        {
            url.Append("&srv_num=1&name_op=r&delo_id=").Append(CriminalFirstInstance).Append("&case_type=0&new=0&delo_table=u1_case")
                .Append("&u1_case__ENTRY_DATE1D=").Append(Day(query.From)).Append("&u1_case__ENTRY_DATE2D=").Append(Day(query.To));
            Optional(url, "U1_DEFENDANT__LAW_ARTICLESS", query.Article);
            if (query.Page > 1)
                url.Append("&page=").Append(query.Page.ToString(CultureInfo.InvariantCulture));
            url.Append('&').Append(Submit);
        }
        else
        {
            // vnkod is filled with the court's own code: an empty vnkod= brings back the search form.
            url.Append("&name_op=r&_page=").Append(query.Page.ToString(CultureInfo.InvariantCulture))
                .Append("&vnkod=").Append(query.CourtCode).Append("&srv_num=1&_deloId=").Append(CriminalFirstInstance)
                .Append("&case__case_type=0&_new=0&case__vnkod=").Append(query.CourtCode).Append("&case__num_build=1")
                .Append("&case__case_numberss=&case__judicial_uidss=&").Append(variant == QueryVariant.BPartNames ? "part__namess=" : "parts__namess=")
                .Append("&case__entry_date1d=").Append(Day(query.From)).Append("&case__entry_date2d=").Append(Day(query.To));
            if (variant == QueryVariant.BProcessType)
                url.Append("&process-type=").Append(CriminalFirstInstance).Append("_0_0");
            Optional(url, "parts__law_articless", query.Article);
        }
        if (query.Captcha is { } captcha)
            url.Append("&captcha=").Append(Uri.EscapeDataString(captcha.Answer)).Append("&captchaid=").Append(Uri.EscapeDataString(captcha.Id));
        return new Uri(siteBase, url.ToString());
    }

    /// <summary>The search form (name_op=sf), where a court that wants a captcha shows a new one.</summary>
    public static Uri Form(Uri siteBase, QueryVariant variant) => new(siteBase, variant == QueryVariant.A
        ? "modules.php?name=sud_delo&name_op=sf&delo_id=" + CriminalFirstInstance
        : "modules.php?name=sud_delo&name_op=sf&srv_num=1&_deloId=" + CriminalFirstInstance + "&_caseType=0&_new=0");

    /// <summary>
    /// A card link from a list («/modules.php?…&amp;case_id=…») under the court's site base. Only the query is kept, so a base
    /// with a path (a fake site or a proxy: http://host/99GV0001/) works like a site root.
    /// </summary>
    public static Uri Card(Uri siteBase, string href)
    {
        var question = href.IndexOf('?', StringComparison.Ordinal);
        return new Uri(siteBase, "modules.php" + (question < 0 ? "" : href[question..]));
    }

    static string Day(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    static void Optional(StringBuilder url, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
            url.Append('&').Append(name).Append('=').Append(Windows1251.PercentEncode(value.Trim()));
    }
}
