using Mediazona.FakeCourts.Truth;

namespace Mediazona.FakeCourts.Pages;

/// <summary>The pages a court serves instead of results: texts as documented for the real sites.</summary>
static class ServicePages
{
    public static string NoResults(FakeCourt court) => PageShell.Wrap(court, """
        <div id="content"><div id=error>Данных по запросу не обнаружено.<br>Уточните критерии поиска.</div>
        <a href="javascript:history.back()">Вернуться на форму поиска</a></div>
        """);

    /// <summary>The «no data» text alone: nothing on the page says which generation answered.</summary>
    public static string BareNoResults() =>
        "<html><body><div id=error>Данных по запросу не обнаружено.<br>Уточните критерии поиска.</div></body></html>";

    public static string CaptchaRefused(FakeCourt court) => PageShell.Wrap(court, """
        <div id="content"><div align='center' id='error'>Неверно указан проверочный код с картинки.</div></div>
        """);

    /// <summary>The search form with its captcha row (name_op=sf): the picture inline as base64 PNG (no image URL), the id hidden.</summary>
    public static string CaptchaForm(FakeCourt court, string captchaId, byte[] picture) => PageShell.Wrap(court, $"""
        <div id="content"><form name="form" action="modules.php" method="get"><table>
        <tr><td>Дата поступления</td><td><input name="u1_case__ENTRY_DATE1D" type="text"></td></tr>
        <tr><td>Проверочный код</td><td><input name='captcha' id='captcha' type='text' autocomplete='off' size='5'>
        <img src="data: image/png;base64,{Convert.ToBase64String(picture)}">
        <input name="captchaid" type="hidden" value="{captchaId}"></td></tr>
        </table><input type="submit" name="Submit" value="Найти"></form></div>
        """);

    public static string SearchForm(FakeCourt court) => PageShell.Wrap(court, """
        <div id="content"><form name="form" action="modules.php" method="get"><table>
        <tr><td>Дата поступления</td><td><input name="u1_case__ENTRY_DATE1D" type="text"></td></tr>
        </table><input type="submit" name="Submit" value="Найти"></form></div>
        """);

    public static string Maintenance(FakeCourt court) => PageShell.Wrap(court,
        "<div id=\"content\">В настоящий момент производится информационное наполнение сайта. Обратитесь к странице позже</div>");

    public static string ModuleOff(FakeCourt court) => PageShell.Wrap(court, "<div id=\"content\"><p>Данный модуль неактивен</p></div>");

    public static string Blocked(FakeCourt court) => PageShell.Wrap(court,
        "<div id=\"content\"><h2>Этот запрос заблокирован по соображениям безопасности</h2></div>");

    public static string NotABrowser() =>
        "<html><body><p>Данный запрос некорректен, просьба изменить параметры запроса (B)</p></body></html>";

    public static string Unavailable503() =>
        "<html><body><h1>503</h1><p>В настоящее время сайт временно недоступен. Обратитесь к данной странице позже</p></body></html>";

    /// <summary>What an A court shows for a B-style query: the hearing calendar (the query was ignored).</summary>
    public static string Calendar(FakeCourt court, DateOnly today) => PageShell.Wrap(court,
        $"<div id=\"content\"><div class=\"title\">Список дел, назначенных к слушанию</div><p>На {PageShell.Date(today)} дел не назначено</p></div>");

    /// <summary>Results in a markup no parser knows: must read as a changed layout, never as an empty list.</summary>
    public static string UnknownResults(FakeCourt court) => PageShell.Wrap(court,
        $"<div class=\"sdp-results-v3\"><h3>Найдено дел: {court.Cases.Count}</h3><ul>{string.Concat(court.Cases.Take(5).Select(c => $"<li data-case=\"{c.CardId}\">{PageShell.E(c.CaseNumber)}</li>"))}</ul></div>");

    public static string NotFound(FakeCourt court) => PageShell.Wrap(court,
        "<div id=\"content\"><p>Запрашиваемая страница не найдена. Возможно, она была удалена или перемещена.</p></div>");
}
