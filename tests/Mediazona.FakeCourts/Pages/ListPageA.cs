using System.Text;
using Mediazona.FakeCourts.Truth;
using static Mediazona.FakeCourts.Pages.PageShell;

namespace Mediazona.FakeCourts.Pages;

/// <summary>A generation A results page: paging links with vnkod, em-dash count line, table#tablcont with th headers, 25 rows.</summary>
static class ListPageA
{
    public const int PageSize = 25;

    /// <param name="echo">The request's non-empty parameters, raw, without page and vnkod (the server echoes them in paging links).</param>
    public static string Render(FakeCourt court, IReadOnlyList<FakeCase> found, int page, string echo)
    {
        var last = (found.Count + PageSize - 1) / PageSize;
        var rows = found.Skip((page - 1) * PageSize).Take(PageSize).ToList();
        var first = (page - 1) * PageSize + 1;
        var html = new StringBuilder();
        html.Append("<div id=\"content\"><div class=\"title\">Уголовные дела - первая инстанция</div>")
            .Append("<p>Информация размещена в соответствии с Федеральным законом от 22.12.2008 № 262-ФЗ</p>")
            .Append("<table width=\"100%\"><tr><td valign=bottom nowrap>");
        if (last > 1)
            html.Append(Paging(court, page, last, echo));
        html.Append($"</td><td align=right>Всего по запросу найдено — {found.Count}. На странице записи с {first} по {first + rows.Count - 1}.</td></tr></table>\n");
        html.Append("<table id=\"tablcont\" cellpadding=3 cellspacing=1><tr><th>№ дела</th><th>Дата<br>поступления</th><th>Лица</th><th>Судья</th><th>Дата<br>решения</th><th>Решение</th>");
        if (!court.Profile.SevenColumns)
            html.Append("<th>Дата вступления<br>в законную силу</th>");
        html.Append("<th>Судебные<br>акты</th></tr>\n");
        foreach (var c in rows)
        {
            html.Append($"<tr><td title=\"Для получения справки по делу, нажмите на номер дела\"><a href='/modules.php?name=sud_delo&srv_num=1&name_op=case&case_id={c.CardId}&case_uid={c.CardUid}&delo_id=1540006'>{E(c.CaseNumber)}</a></td>")
                .Append($"<td>&nbsp;{Date(c.EntryDate)}</td><td>{People(c)}</td><td>{E(c.Judge)}</td><td>{Cell(Date(c.DecisionDate))}</td><td>{Cell(E(c.Outcome))}</td>");
            if (!court.Profile.SevenColumns)
                html.Append($"<td>{Cell(Date(c.LegalForceDate))}</td>");
            html.Append("<td style='background:#ddd;'>&nbsp;</td></tr>\n");
        }
        html.Append("</table>\n<script>/* print icon and the site's inline script */ var printIcon = 1;</script></div>");
        return Wrap(court, html.ToString());
    }

    static string Cell(string value) => value.Length == 0 ? "&nbsp;" : value;

    static string Paging(FakeCourt court, int page, int last, string echo)
    {
        string Link(int target, string text, string title = "") =>
            $"<a href= ./modules.php?name=sud_delo&srv_num=1&name_op=r&page={target}&vnkod={court.Code}&{echo}{title}>{text}</a>";
        var parts = Enumerable.Range(Math.Max(1, page - 5), Math.Min(last, page + 5) - Math.Max(1, page - 5) + 1)
            .Select(n => n == page ? $"<b>{n}</b>" : Link(n, n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var html = "Страницы : " + string.Join(" | ", parts);
        if (page < last)
            html += " " + Link(page + 1, ">", " title=\"Следующая страница\"") + " " + Link(last, ">>", " title=\"На последнюю страницу списка\"");
        return html;
    }
}
