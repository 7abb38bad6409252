using System.Net;
using System.Text;
using Google.Protobuf;
using Mediazona.Contracts.Ingestion.V1;
using static Mediazona.EndToEnd.Tests.Study.RussianWording;

namespace Mediazona.EndToEnd.Tests.Study;

/// <summary>
/// Writes a planned case as the court's site serves its card: the old layout (windows-1251, tabs #tabN/#contN,
/// tables #tablcont, the court code in the search form's hidden vnkod field) or the new one (UTF-8,
/// #tab_content_*, a «Вид лица» column, no court code on the page: the sender names it).
/// </summary>
static class CardPageWriter
{
    static readonly Encoding Windows1251 = CodePages();

    static Encoding CodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1251);
    }

    public static CardInput Card(PlannedCase c, string courtCode)
    {
        var uid = $"{courtCode}-01-{c.Entry.Year}-{c.Sequence:D6}-{c.Sequence % 89 + 10}";
        if (c.Court.OldLayout)
        {
            return new CardInput
            {
                Content = ByteString.CopyFrom(Windows1251.GetBytes(OldLayout(c, courtCode, uid))),
                SourceUrl = $"https://{c.Court.Host}/modules.php?name=sud_delo&srv_num=1&name_op=case&case_id={16520000 + c.Sequence}&case_uid={Guid(c)}&delo_id=1540006",
                ContentType = "text/html; charset=windows-1251",
            };
        }
        return new CardInput
        {
            Content = ByteString.CopyFrom(Encoding.UTF8.GetBytes(NewLayout(c, uid))),
            SourceUrl = $"https://{c.Court.Host}/modules.php?name=sud_delo&name_op=case&_id={30000000 + c.Sequence}&_uid={Guid(c)}&_deloId=1540006&_caseType=0&_new=0&srv_num=1",
            CourtCode = courtCode,
        };
    }

    static string OldLayout(PlannedCase c, string courtCode, string uid)
    {
        var html = new StringBuilder();
        html.Append(Inv($"""
            <!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
            <html>
            <head>
            <meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
            <title>{E(c.Court.Name)} :: Судебное делопроизводство</title>
            <link rel="stylesheet" href="/modules/sud_delo/css/style.css" type="text/css">
            </head>
            <body>
            <div id="header"><div class="title">{E(c.Court.Name)}</div><div class="address">г. {E(c.Court.City)}</div></div>
            <form name="form_search" action="/modules.php" method="get"><input type="hidden" name="name" value="sud_delo"><input type="hidden" name="vnkod" value="{courtCode}"></form>
            <div id="content">
            <div class="casenumber">ДЕЛО № {c.Number}</div>
            <ul class="tabs">
            <li id="tab1" class="active">ДЕЛО</li>
            <li id="tab2">ДВИЖЕНИЕ ДЕЛА</li>
            <li id="tab3">ЛИЦА</li>
            {(c.Published ? "<li id=\"tab4\">СУДЕБНЫЕ АКТЫ</li>" : "")}
            </ul>
            <div class="contentt">
            <div id="cont1"><table id="tablcont" cellpadding="3" cellspacing="1">
            <tr><th colspan="2" align="center">ДЕЛО</th></tr>

            """));
        foreach (var (label, value) in CaseRows(c, uid))
            html.Append(Inv($"<tr><td width=\"40%\"><b>{label}</b></td><td>{E(value)}</td></tr>\n"));
        html.Append("""
            </table></div>
            <div id="cont2"><table id="tablcont" cellpadding="3" cellspacing="1">
            <tr><th colspan="8" align="center">ДВИЖЕНИЕ ДЕЛА</th></tr>
            <tr><td><b>Наименование события</b></td><td><b>Дата</b></td><td><b>Время</b></td><td><b>Место проведения</b></td><td><b>Результат события</b></td><td><b>Основание для выбранного результата события</b></td><td><b>Примечание</b></td><td><b>Дата размещения <span class="tooltip">Информация о размещении событий в движении дела</span></b></td></tr>

            """);
        AppendEvents(html, c);
        html.Append("""
            </table></div>
            <div id="cont3"><table id="tablcont" cellpadding="3" cellspacing="1">
            <tr><th colspan="4" align="center">ЛИЦА</th></tr>
            <tr><td><b>Фамилия / наименование</b></td><td><b>Перечень статей</b></td><td><b>Дата рассмотрения</b></td><td><b>Результат рассмотрения</b></td></tr>

            """);
        foreach (var defendant in c.Defendants)
            html.Append(Inv($"<tr><td>{E(defendant.Name ?? "Информация скрыта")}</td><td>{E(defendant.Charges.Replace("; ", ";", StringComparison.Ordinal))}</td><td>{Decided(c)}</td><td>{E(c.Outcome)}</td></tr>\n"));
        html.Append("</table></div>\n");
        AppendAct(html, c, "<div id=\"cont4\">\n<div class=\"act\">\n", "</div>\n</div>\n");
        html.Append(Inv($"""
            </div>
            </div>
            <div id="footer">Обновлено: {CardDate(c.Decided ?? c.Entry)} &nbsp; Посетителей: {104522 + c.Sequence} <a href="/modules.php?name=sud_delo&amp;sid={c.Sequence:x6}">Поиск</a></div>
            </body>
            </html>
            """));
        return html.ToString();
    }

    static string NewLayout(PlannedCase c, string uid)
    {
        var html = new StringBuilder();
        html.Append(Inv($"""
            <!DOCTYPE html>
            <html lang="ru">
            <head>
            <meta charset="utf-8">
            <title>{E(c.Court.Name)}</title>
            </head>
            <body>
            <header class="header"><div class="heading heading_caps heading_title">{E(c.Court.Name)}</div></header>
            <main>
            <div class="case-num">Дело № {c.Number}</div>
            <ul id="case_bookmarks"><li>Дело</li><li>Движение дела</li><li>Лица</li>{(c.Published ? "<li>Судебные акты</li>" : "")}</ul>
            <div id="tab_content_Case"><table>

            """));
        foreach (var (label, value) in CaseRows(c, uid))
            html.Append(Inv($"<tr><td>{label}</td><td>{E(value)}</td></tr>\n"));
        html.Append("""
            </table></div>
            <div id="tab_content_EventList"><table>
            <tr><th>Наименование события</th><th>Дата</th><th>Время</th><th>Место проведения</th><th>Результат события</th><th>Основание для выбранного результата события</th><th>Примечание</th><th>Дата размещения</th></tr>

            """);
        AppendEvents(html, c);
        html.Append("""
            </table></div>
            <div id="tab_id_PersonList"><table>
            <tr><th>Вид лица, участвующего в деле</th><th>Фамилия / наименование</th><th>Перечень статей</th></tr>

            """);
        foreach (var defendant in c.Defendants)
            html.Append(Inv($"<tr><td>ПОДСУДИМЫЙ</td><td>{E(defendant.Name ?? "Информация скрыта")}</td><td>{E(defendant.Charges)}</td></tr>\n"));
        html.Append("<tr><td>ЗАЩИТНИК</td><td>Информация скрыта</td><td></td></tr>\n</table></div>\n");
        AppendAct(html, c, "<div id=\"tab_content_Document1\">\n", "</div>\n");
        html.Append("</main>\n<footer>Версия портала 2.4.1</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The ДЕЛО tab's label → value rows.</summary>
    static IEnumerable<(string Label, string Value)> CaseRows(PlannedCase c, string uid)
    {
        yield return ("Уникальный идентификатор дела", uid);
        yield return ("Дата поступления", CardDate(c.Entry));
        yield return ("Категория дела", Category(FirstArticle(c.Defendants[0].Charges)));
        yield return ("Судья", c.Court.Judge);
        yield return ("Дата рассмотрения", Decided(c));
        yield return ("Результат рассмотрения", c.Outcome);
        yield return ("Признак рассмотрения дела", c.Decided is null ? "Не заполнено" : "Рассмотрение дела начато с начала");
    }

    /// <summary>ДВИЖЕНИЕ ДЕЛА: registration, a postponed hearing, the decision (or the next hearing of a pending case).</summary>
    static void AppendEvents(StringBuilder html, PlannedCase c)
    {
        void Event(string name, DateOnly date, string time, string room, string result, string basis = "") =>
            html.Append(Inv($"<tr><td>{name}</td><td>{CardDate(date)}</td><td>{time}</td><td>{room}</td><td>{result}</td><td>{basis}</td><td></td><td>{CardDate(date.AddDays(1))}</td></tr>\n"));

        Event("Регистрация поступившего в суд дела", c.Entry, "09:30", "", "");
        Event("Передача материалов дела судье", c.Entry, "14:00", "", "");
        if (c.Decided is not { } decided)
        {
            Event("Судебное заседание", c.Entry.AddDays(24), "10:00", "Зал № 1", "Отложено", "неявка подсудимого");
            return;
        }
        if (decided.DayNumber - c.Entry.DayNumber > 20)
            Event("Судебное заседание", decided.AddDays(-14), "10:00", "Зал № 1", "Отложено", "по ходатайству стороны защиты");
        var result = c.Outcome switch
        {
            var o when o.Contains("ПРИГОВОР", StringComparison.Ordinal) => "Вынесен приговор",
            var o when o.Contains("ПРОКУРОРУ", StringComparison.Ordinal) => "Дело возвращено прокурору",
            var o when o.Contains("ПРЕКРАЩЕНО", StringComparison.Ordinal) => "Дело прекращено",
            _ => "Передано по подсудности",
        };
        Event("Судебное заседание", decided, "11:00", "Зал № 1", result);
        if (result == "Вынесен приговор")
            Event("Провозглашение приговора", decided, "16:00", "Зал № 1", "Провозглашение приговора окончено");
    }

    /// <summary>The СУДЕБНЫЕ АКТЫ tab's content, a paragraph per line of the verdict, when the court published it.</summary>
    static void AppendAct(StringBuilder html, PlannedCase c, string open, string close)
    {
        if (!c.Published)
            return;
        html.Append(open);
        foreach (var paragraph in SourceTexts.Verdict(c))
            html.Append("<p>").Append(E(paragraph)).Append("</p>\n");
        html.Append(close);
    }

    static string Decided(PlannedCase c) => c.Decided is { } date ? CardDate(date) : "";

    /// <summary>A stable card uid for the URL, from the case's place in the plan.</summary>
    static Guid Guid(PlannedCase c) => new(c.Sequence, 0x4a2b, 0x11ed, [0x8d, 0x3c, 0, 0, 0, 0, 0x01, 0x07]);

    /// <summary>HTML-escaped (« and » become character references, as some court sites serve them).</summary>
    static string E(string text) => WebUtility.HtmlEncode(text);

    static string Inv(FormattableString text) => FormattableString.Invariant(text);
}
