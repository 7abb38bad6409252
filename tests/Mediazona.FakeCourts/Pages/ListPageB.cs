using System.Text;
using Mediazona.FakeCourts.Truth;
using static Mediazona.FakeCourts.Pages.PageShell;

namespace Mediazona.FakeCourts.Pages;

/// <summary>A generation B results page: div#search_results, count in &lt;b&gt;, div#resultTable > table.law-case-table (thead td), a mobile copy, 20 rows.</summary>
static class ListPageB
{
    public const int PageSize = 20;

    public static string Render(FakeCourt court, IReadOnlyList<FakeCase> found, int page, string echo)
    {
        var last = (found.Count + PageSize - 1) / PageSize;
        var rows = found.Skip((page - 1) * PageSize).Take(PageSize).ToList();
        var first = (page - 1) * PageSize + 1;
        var html = new StringBuilder();
        html.Append("<div id=\"search_results\"><div class=\"name-instanse\">Уголовные дела - первая инстанция</div>")
            .Append("<div class=\"lawcase-paging simple-pagination\"><ul>");
        for (var n = 1; n <= last && last > 1; n++)
        {
            html.Append(n == page
                ? $"<li class=\"active\"><span class=\"current\">{n}</span></li>"
                : $"<li><a class=\"page-link\" href=\"/modules.php?name=sud_delo&amp;name_op=r&amp;_page={n}&amp;{echo.Replace("&", "&amp;", StringComparison.Ordinal)}\">{n}</a></li>");
        }
        html.Append("</ul></div>")
            .Append($"<div class=\"lawcase-count\">Всего по запросу найдено - <b>{found.Count}</b>. На странице записи с <b>{first}</b> по <b>{first + rows.Count - 1}</b>.</div>")
            .Append("<div id=\"resultTable\"><table class=\"law-case-table line-hover\"><thead><tr><td>Номер дела</td><td>Дата поступления</td><td>Информация по делу</td><td>Судья</td><td>Дата решения</td><td>Решение</td><td>Дата вступления в законную силу</td><td>Судебные акты</td></tr></thead><tbody>\n");
        foreach (var c in rows)
        {
            html.Append($"<tr><td class=\"lawcase-number-td\"><a class=\"open-lawcase\" href=\"{CardHref(c, withUid: true)}\">{E(c.CaseNumber)}</a></td>")
                .Append($"<td>{Date(c.EntryDate)}</td><td>{People(c)}</td><td>{E(c.Judge)}</td><td>{Date(c.DecisionDate)}</td><td>{E(c.Outcome)}</td><td>{Date(c.LegalForceDate)}</td><td></td></tr>\n");
        }
        html.Append("</tbody></table></div>\n<div id=\"resultMob\">");
        foreach (var c in rows)
            html.Append($"<div class=\"mobile-lawcase-card\"><a class=\"open-lawcase\" href=\"{CardHref(c, withUid: false)}\">{E(c.CaseNumber)}</a><div>{Date(c.EntryDate)}</div></div>");
        html.Append("</div></div>");
        return Wrap(court, html.ToString());
    }

    /// <summary>The mobile copy's links lack _uid, as on the real sites.</summary>
    static string CardHref(FakeCase c, bool withUid) =>
        $"/modules.php?name=sud_delo&amp;name_op=case&amp;_id={c.CardId}{(withUid ? $"&amp;_uid={c.CardUid}" : "")}&amp;_deloId=1540006&amp;_caseType=0&amp;_new=0&amp;srv_num=1";
}
