namespace Mediazona.Collection.Tests.Support;

/// <summary>Hand-written pages that follow the documented real markup (sudrf-search-lists.md), not the fake site's.</summary>
static class RealPages
{
    /// <summary>A generation A list as 2ZOVS serves it: unquoted paging hrefs with vnkod, em-dash count, 8 columns, single-quoted card hrefs.</summary>
    public const string ListA = """
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>
        <div id="modSdpContent"><div id="content"><div class="title">Уголовные дела - первая инстанция</div>
        <table width="100%"><tr><td valign=bottom nowrap>Страницы : <b>1</b> | <a href= ./modules.php?name=sud_delo&srv_num=1&name_op=r&page=2&vnkod=77OV0000&delo_id=1540006&case_type=0&new=0&delo_table=u1_case&U1_DEFENDANT__LAW_ARTICLESS=205.1>2</a> | <a href= ./modules.php?name=sud_delo&srv_num=1&name_op=r&page=2&vnkod=77OV0000&delo_id=1540006 title="Следующая страница">></a> <a href= ./modules.php?name=sud_delo&srv_num=1&name_op=r&page=23&vnkod=77OV0000&delo_id=1540006 title="На последнюю страницу списка">>></a></td>
        <td align=right>Всего по запросу найдено — 567. На странице записи с 1 по 25.</td></tr></table>
        <table id="tablcont"><tr><th>№ дела</th><th>Дата<br>поступления</th><th>Лица</th><th>Судья</th><th>Дата<br>решения</th><th>Решение</th><th>Дата вступления<br>в законную силу</th><th>Судебные<br>акты</th></tr>
        <tr><td title="Для получения справки по делу, нажмите на номер дела"><a href='/modules.php?name=sud_delo&srv_num=1&name_op=case&case_id=3179346&case_uid=0b1a2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d&delo_id=1540006'>1-523/2026</a></td><td>&nbsp;14.11.2026</td><td>&lt;Информация скрыта&gt; - ст.205.5 ч.2; ст.205.1 ч.1.1 УК РФ;<br>&lt;Информация скрыта&gt; - ст. 30 ч.1, ст.205 ч.2 п.а УК РФ</td><td>Иванов И.И.</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td><td style='background:#ddd;'>&nbsp;</td></tr>
        <tr><td title="Для получения справки по делу, нажмите на номер дела"><a href='/modules.php?name=sud_delo&srv_num=1&name_op=case&case_id=3170001&case_uid=1b1a2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d&delo_id=1540006'>1-522/2026</a></td><td>&nbsp;10.11.2026</td><td>&lt;Информация скрыта&gt; - ст.205.2 ч.2 УК РФ</td><td>Петров П.П.</td><td>&nbsp;20.11.2026</td><td>Вынесен ПРИГОВОР</td><td>&nbsp;</td><td><a href="/modules.php?name=sud_delo&srv_num=1&name_op=doc&number=1&delo_id=1540006&new=0&text_number=1" TITLE='Приговор'>акт</a></td></tr>
        </table><script>var x = 1;</script></div></div>
        <img src="//counter.sudrf.ru/cnt.php?ssid=77OV0000"></body></html>
        """;

    /// <summary>A generation B list as in the saved Samara page: count in &lt;b&gt;, thead td, &amp;amp; in hrefs, a mobile copy without _uid.</summary>
    public const string ListB = """
        <html><head><meta charset="windows-1251"></head><body><div id="modSdpContent"><link rel="stylesheet" href="/modules/sud_delo/new.css">
        <div id="search_results"><div class="name-instanse">Уголовные дела - первая инстанция</div>
        <div class="lawcase-paging simple-pagination"></div>
        <div class="lawcase-count">Всего по запросу найдено - <b>2</b>. На странице записи с <b>1</b> по <b>2</b>.</div>
        <div id="resultTable"><table class="law-case-table line-hover"><thead><tr><td>Номер дела</td><td>Дата поступления</td><td>Информация по делу</td><td>Судья</td><td>Дата решения</td><td>Решение</td><td>Дата вступления в законную силу</td><td>Судебные акты</td></tr></thead>
        <tbody><tr><td class="lawcase-number-td"><a class="open-lawcase" href="/modules.php?name=sud_delo&amp;name_op=case&amp;_id=555&amp;_uid=aa-bb&amp;_deloId=1540006&amp;_caseType=0&amp;_new=0&amp;srv_num=1">1-7/2026</a></td><td>03.02.2026</td><td>ст.337 ч.5 УК РФ</td><td>Судья С.С.</td><td>01.03.2026</td><td>Вынесен ПРИГОВОР</td><td>17.03.2026</td><td><a class="doc" href="/modules.php?name=sud_delo&amp;name_op=case&amp;_id=555&amp;_uid=aa-bb&amp;_deloId=1540006&amp;_doc=1">акт</a></td></tr>
        <tr><td class="lawcase-number-td"><a class="open-lawcase" href="/modules.php?name=sud_delo&amp;name_op=case&amp;_uid=cc-dd&amp;_deloId=1540006&amp;_caseType=0&amp;_new=0&amp;srv_num=1">1-8/2026</a></td><td>04.02.2026</td><td>ст.338 ч.1 УК РФ</td><td>Судья С.С.</td><td></td><td></td><td></td><td></td></tr></tbody></table></div>
        <div id="resultMob"><div class="mobile-lawcase-card"><a class="open-lawcase" href="/modules.php?name=sud_delo&amp;name_op=case&amp;_id=555&amp;_deloId=1540006">1-7/2026</a></div></div>
        </div></div><a href="https://ej.sudrf.ru/?fromOa=63GV0001">обращение</a></body></html>
        """;

    public const string NoResultsA = """
        <html><body><div id="modSdpContent"><div id="content"><div id=error>Данных по запросу не обнаружено.<br>Уточните критерии поиска.</div>
        <a href="/modules.php?name=sud_delo&name_op=sf&delo_id=1540006">Вернуться на форму поиска</a></div></div></body></html>
        """;

    public const string CaptchaFormA = """
        <html><body><div id="modSdpContent"><form><table><tr><td>Проверочный код</td><td><input name='captcha' id='captcha' type='text' autocomplete='off' size='5'>
        <img src="data: image/png;base64,iVBORw0KGgo="><input name="captchaid" type="hidden" value="v3ruvq66jtumpc886v4g0fp6o7"></td></tr></table></form></div></body></html>
        """;

    public const string CaptchaRefused = "<html><body><div align='center' id='error'>Неверно указан проверочный код с картинки.</div></body></html>";

    public const string PgConnect = "<html><body><b>Warning: pg_connect(): Unable to connect to PostgreSQL server</b></body></html>";

    public const string ModuleOff = "<html><body><div id=\"modSdpContent\">Данный модуль неактивен</div></body></html>";

    public const string SecurityBlock = "<html><body>Этот запрос заблокирован по соображениям безопасности.</body></html>";

    public const string AntiBotStub = "<html><head><script>document.cookie='x=1';window.location.reload();</script></head><body></body></html>";

    public const string Calendar = "<html><body><div id=\"modSdpContent\"><p>На 02.12.2026 дел не назначено</p></div></body></html>";

    public const string UnknownLayout = "<html><body><div id=\"modSdpContent\"><div class=\"new-design-2027\">Новый портал</div></div></body></html>";
}
