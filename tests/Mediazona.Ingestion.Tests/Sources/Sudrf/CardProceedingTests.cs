using System.Text;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Ingestion.Sources.Sudrf;

namespace Mediazona.Ingestion.Tests.Sources.Sudrf;

/// <summary>Which proceeding a card belongs to: the list title, then the URL's delo_id, then the number, then the links.</summary>
public class CardProceedingTests
{
    [Theory]
    [InlineData("1-45/2023", ProceedingKind.CriminalFirstInstance)]
    [InlineData("22-310/2024", ProceedingKind.CriminalAppeal)]
    [InlineData("10-12/2025", ProceedingKind.CriminalAppeal)]
    [InlineData("7У-1297/2026 [77-655/2026]", ProceedingKind.CriminalCassation)]
    [InlineData("77-655/2026", ProceedingKind.CriminalCassation)]
    [InlineData("5-12/2025", ProceedingKind.AdministrativeOffence)]
    [InlineData("12-4/2025", ProceedingKind.AdministrativeOffence)]
    [InlineData("2-88/2024", ProceedingKind.Civil)]
    [InlineData("33-1041/2024", ProceedingKind.Civil)]
    [InlineData("2а-17/2024", ProceedingKind.AdministrativeClaim)]
    [InlineData("2a-17/2024", ProceedingKind.AdministrativeClaim)] // the letter typed in Latin
    [InlineData("4/17-12/2024", ProceedingKind.Materials)]
    [InlineData("4/1-3/2025", ProceedingKind.Materials)]
    [InlineData("3/1-40/2023", ProceedingKind.Materials)]
    [InlineData("13-163/2026", ProceedingKind.Materials)]
    public void Case_number_prefixes(string number, ProceedingKind kind) => Assert.Equal(kind, CardProceeding.FromCaseNumber(number));

    [Theory]
    [InlineData("")]
    [InlineData("123/2024")]
    [InlineData("99-1/2024")]
    [InlineData("М-40/2023")]
    public void A_number_without_a_known_prefix_says_nothing(string number) => Assert.Null(CardProceeding.FromCaseNumber(number));

    [Theory]
    [InlineData("Уголовные дела - первая инстанция", ProceedingKind.CriminalFirstInstance)]
    [InlineData("УГОЛОВНЫЕ ДЕЛА — ПЕРВАЯ ИНСТАНЦИЯ", ProceedingKind.CriminalFirstInstance)]
    [InlineData("Уголовные дела - апелляция", ProceedingKind.CriminalAppeal)]
    [InlineData("Уголовные дела - кассация", ProceedingKind.CriminalCassation)]
    [InlineData("Дела об административных правонарушениях - первая инстанция", ProceedingKind.AdministrativeOffence)]
    [InlineData("Дела об административных правонарушениях - жалобы на постановления", ProceedingKind.AdministrativeOffence)]
    [InlineData("Гражданские дела - первая инстанция", ProceedingKind.Civil)]
    [InlineData("Административные дела (КАС РФ) - первая инстанция", ProceedingKind.AdministrativeClaim)]
    [InlineData("Производство по материалам", ProceedingKind.Materials)]
    public void List_titles(string title, ProceedingKind kind) => Assert.Equal(kind, CardProceeding.FromTitle(title));

    [Theory]
    [InlineData("Курский гарнизонный военный суд")]
    [InlineData("Дата поступления")]
    [InlineData("Уголовное дело ПРЕКРАЩЕНО")]
    [InlineData("Уголовное судопроизводство")]
    [InlineData("Гражданское судопроизводство")]
    public void Other_headings_are_no_list_title(string text) => Assert.Null(CardProceeding.FromTitle(text));

    [Theory]
    [InlineData("https://x.sudrf.ru/modules.php?name=sud_delo&case_id=1&delo_id=1540006", ProceedingKind.CriminalFirstInstance)]
    [InlineData("https://x.sudrf.ru/modules.php?name=sud_delo&_id=1&_deloId=2450001&_new=0", ProceedingKind.CriminalCassation)]
    [InlineData("https://x.sudrf.ru/modules.php?name=sud_delo&delo_id=4&new=4", ProceedingKind.CriminalAppeal)]
    [InlineData("https://x.sudrf.ru/modules.php?name=sud_delo&delo_id=1500001", ProceedingKind.AdministrativeOffence)]
    [InlineData("https://x.sudrf.ru/modules.php?name=sud_delo&delo_id=1540005", ProceedingKind.Civil)]
    [InlineData("https://x.sudrf.ru/modules.php?name=sud_delo&delo_id=41", ProceedingKind.AdministrativeClaim)]
    [InlineData("https://x.sudrf.ru/modules.php?name=sud_delo&delo_id=1610001", ProceedingKind.Materials)]
    public void Delo_ids(string url, ProceedingKind kind) => Assert.Equal(kind, CardProceeding.FromDeloId(CardProceeding.DeloIdOf(url)));

    static ProceedingKind KindOf(string body, string url = "", string head = "")
    {
        var html = $"""<html><head><meta charset="utf-8"></head><body><input type="hidden" name="vnkod" value="46GV0001">{head}{body}</body></html>""";
        var parsed = CardParser.Parse(Encoding.UTF8.GetBytes(html), new CardSource(url));
        Assert.Null(parsed.Rejection);
        return parsed.Card!.ProceedingKind;
    }

    [Fact]
    public void The_pages_list_title_wins_over_the_url_and_the_number()
    {
        var kind = KindOf("""<div class="case-num">Дело № 1-5/2025</div>""", "https://x.sudrf.ru/modules.php?delo_id=1540006",
            """<div class="title">Уголовные дела - кассация</div>""");
        Assert.Equal(ProceedingKind.CriminalCassation, kind);
    }

    [Fact]
    public void A_title_in_a_menu_link_or_a_search_form_is_not_the_pages()
    {
        var menu = """<a href="/modules.php?name=sud_delo&amp;delo_id=1500001">Дела об административных правонарушениях - первая инстанция</a>"""
            + """<select id="process-type"><option>Гражданские дела - первая инстанция</option></select>"""
            + """<form id="search-form"><div class="form-item"><strong>Административные дела (КАС РФ) - первая инстанция</strong></div></form>""";
        Assert.Equal(ProceedingKind.CriminalFirstInstance, KindOf($"""{menu}<div class="case-num">Дело № 1-5/2025</div>"""));
    }

    [Fact]
    public void The_urls_delo_id_wins_over_the_number()
    {
        Assert.Equal(ProceedingKind.CriminalAppeal, KindOf("""<div class="case-num">Дело № 1-5/2025</div>""", "https://x.sudrf.ru/modules.php?delo_id=4&new=4"));
    }

    [Fact]
    public void Without_title_url_or_known_number_the_links_most_delo_ids_decide()
    {
        var links = """<a href="/modules.php?name_op=case&amp;delo_id=1500001">печать</a><a href="/modules.php?name_op=doc&amp;delo_id=1500001">акт</a>"""
            + """<a href="/modules.php?name_op=case&amp;delo_id=1540006">связанное дело</a>""";
        Assert.Equal(ProceedingKind.AdministrativeOffence, KindOf($"""<div class="case-num">Дело № А-7/2025</div>{links}"""));
        Assert.Equal(ProceedingKind.Unspecified, KindOf("""<div class="case-num">Дело № А-7/2025</div>"""));
    }

    [Fact]
    public void A_koap_card_without_any_person_is_read_as_its_kind_not_refused()
    {
        var html = """<div class="title">Дела об административных правонарушениях - первая инстанция</div><div class="casenumber">ДЕЛО № 5-3/2025</div>"""
            + """<table id="tablcont"><tr><td>Дата поступления</td><td>10.02.2025</td></tr></table>""";
        Assert.Equal(ProceedingKind.AdministrativeOffence, KindOf(html));
    }
}
