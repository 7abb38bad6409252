using System.Text;
using Mediazona.FakeCourts.Truth;
using static Mediazona.FakeCourts.Pages.PageShell;

namespace Mediazona.FakeCourts.Pages;

/// <summary>Case cards: the old layout on A courts (div.casenumber, tabs, table#tablcont), the new one on B courts (div.case-num, #tab_content_*).</summary>
static class CardPages
{
    public static string Render(FakeCourt court, FakeCase c) => court.GenerationB ? New(court, c) : Old(court, c);

    static IEnumerable<(string Label, string Value)> Fields(FakeCase c) =>
    [
        ("Уникальный идентификатор дела", c.JudicialUid),
        ("Дата поступления", Date(c.EntryDate)),
        ("Категория дела", "Преступления против военной службы"),
        ("Судья", c.Judge),
        ("Дата рассмотрения", Date(c.DecisionDate)),
        ("Результат рассмотрения", c.Outcome),
    ];

    static IEnumerable<(string Name, DateOnly Date, string Result)> Events(FakeCase c)
    {
        yield return ("Регистрация поступившего в суд дела", c.EntryDate, "");
        if (c.DecisionDate is { } decided)
            yield return ("Судебное заседание", decided, c.Outcome.Contains("ПРИГОВОР", StringComparison.Ordinal) ? "Вынесен приговор" : "Рассмотрено");
    }

    static string Old(FakeCourt court, FakeCase c)
    {
        var html = new StringBuilder();
        html.Append($"<div id=\"content\"><div class=\"casenumber\">ДЕЛО № {E(c.CaseNumber)}</div>")
            .Append("<ul class=\"tabs\"><li id=\"tab1\">ДЕЛО</li><li id=\"tab2\">ДВИЖЕНИЕ ДЕЛА</li><li id=\"tab3\">СТОРОНЫ ПО ДЕЛУ</li></ul><div class=\"contentt\">")
            .Append("<div id=\"cont1\"><table id=\"tablcont\"><tr><th colspan=\"2\">ДЕЛО</th></tr>");
        foreach (var (label, value) in Fields(c))
        {
            var shown = label.StartsWith("Уникальный", StringComparison.Ordinal)
                ? $"<a href=\"/modules.php?name=sud_delo&name_op=r_juid&vnkod={court.Code}&srv_num=1&delo_id=1540006&judicial_uid={value}\">{value}</a>"
                : E(value);
            html.Append($"<tr><td><b>{label}</b></td><td>{shown}</td></tr>");
        }
        html.Append("</table></div><div id=\"cont2\"><table id=\"tablcont\"><tr><th colspan=\"3\">ДВИЖЕНИЕ ДЕЛА</th></tr><tr><td><b>Наименование события</b></td><td><b>Дата</b></td><td><b>Результат события</b></td></tr>");
        foreach (var (name, date, result) in Events(c))
            html.Append($"<tr><td>{name}</td><td>{Date(date)}</td><td>{result}</td></tr>");
        html.Append("</table></div><div id=\"cont3\"><table id=\"tablcont\"><tr><th colspan=\"2\">СТОРОНЫ ПО ДЕЛУ</th></tr><tr><td><b>Фамилия / наименование</b></td><td><b>Перечень статей</b></td></tr>");
        foreach (var d in c.Defendants)
            html.Append($"<tr><td>{E(d.Name ?? "Информация скрыта")}</td><td>{E(d.Charges)}</td></tr>");
        html.Append("</table></div></div></div>");
        return Wrap(court, html.ToString());
    }

    static string New(FakeCourt court, FakeCase c)
    {
        var html = new StringBuilder();
        html.Append($"<div class=\"case-num\">Дело № {E(c.CaseNumber)}</div><ul id=\"case_bookmarks\"><li>Дело</li><li>Движение дела</li><li>Лица</li></ul>")
            .Append("<div id=\"tab_content_Case\"><table>");
        foreach (var (label, value) in Fields(c))
        {
            var shown = label.StartsWith("Уникальный", StringComparison.Ordinal)
                ? $"<a href=\"/modules.php?name=sud_delo&amp;name_op=r&amp;case__judicial_uidss={value}\">{value}</a>"
                : E(value);
            html.Append($"<tr><td>{label}</td><td>{shown}</td></tr>");
        }
        html.Append("</table></div><div id=\"tab_content_EventList\"><table><tr><th>Наименование события</th><th>Дата</th><th>Результат события</th></tr>");
        foreach (var (name, date, result) in Events(c))
            html.Append($"<tr><td>{name}</td><td>{Date(date)}</td><td>{result}</td></tr>");
        html.Append("</table></div><div id=\"tab_id_PersonList\"><table><tr><th>Вид лица, участвующего в деле</th><th>Фамилия / наименование</th><th>Перечень статей</th></tr>");
        foreach (var d in c.Defendants)
            html.Append($"<tr><td>ПОДСУДИМЫЙ</td><td>{E(d.Name ?? "Информация скрыта")}</td><td>{E(d.Charges)}</td></tr>");
        html.Append("</table></div>");
        return Wrap(court, html.ToString());
    }
}
