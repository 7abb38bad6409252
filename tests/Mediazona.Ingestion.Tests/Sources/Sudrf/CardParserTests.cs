using System.Text;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Ingestion.Sources.Sudrf;
using CourtRegistry = Mediazona.Courts.Registry.CourtRegistry;
using Mediazona.Ingestion.Tests.Support;

namespace Mediazona.Ingestion.Tests.Sources.Sudrf;

/// <summary>Tricky variants, written inline: encodings, labels, tables, court codes, limits.</summary>
public class CardParserTests
{
    static readonly Encoding Windows1251 = CodePages.Windows1251;

    const string Code = """<input type="hidden" name="vnkod" value="46GV0001">""";

    static string Page(string body, string head = """<meta charset="utf-8">""") =>
        $"<!DOCTYPE html><html><head>{head}<title>Курский гарнизонный военный суд</title></head><body>{body}</body></html>";

    static string OldCard(string caseRows, string extra = "") => Page($"""
        {Code}<div class="casenumber">ДЕЛО № 1-1/2024</div>
        <table id="tablcont"><tr><th colspan="2">ДЕЛО</th></tr>{caseRows}</table>{extra}
        """);

    static ParsedCard Parse(string html, string? contentType = null, string? courtCode = null, string url = "https://kgvs.krs.sudrf.ru/modules.php") =>
        CardParser.Parse(Encoding.UTF8.GetBytes(html), new CardSource(url, contentType, courtCode));

    static CourtCase Card(ParsedCard parsed)
    {
        Assert.Null(parsed.Rejection);
        return parsed.Card!;
    }

    [Theory]
    [InlineData("Дата поступления")]
    [InlineData("Дата поступления:")]
    [InlineData("ДАТА ПОСТУПЛЕНИЯ")]
    [InlineData("  Дата\u00A0поступления :")]
    [InlineData("Дата   поступления дела в суд")]
    [InlineData("<b>Дата поступления</b>")]
    public void Labels_are_matched_by_prefix_ignoring_case_colon_nbsp_and_spaces(string label)
    {
        var card = Card(Parse(OldCard($"<tr><td>{label}</td><td>15.01.2024</td></tr>")));
        Assert.Equal("2024-01-15", card.EntryDate);
    }

    [Theory]
    [InlineData("Судья", "Иванов И.И.")]
    [InlineData("Судья:", "Иванов И.И.")]
    [InlineData("Передано в производство судье", "Иванов И.И.")]
    [InlineData("Дело находится в производстве судьи", "Иванов  И.И.")]
    public void Every_judge_wording_is_read(string label, string value)
    {
        Assert.Equal("Иванов И.И.", Card(Parse(OldCard($"<tr><td>{label}</td><td>{value}</td></tr>"))).Judge);
    }

    [Fact]
    public void Several_tablcont_tables_are_told_apart_by_their_first_header()
    {
        // The people table comes first and has its own «Дата рассмотрения» column; the ДЕЛО fields still win.
        var html = Page($"""
            {Code}<div class="casenumber">ДЕЛО № 1-2/2024</div>
            <table id="tablcont"><tr><th colspan="2">ДЕЛО</th></tr>
              <tr><td>Дата рассмотрения</td><td>01.03.2024</td></tr></table>
            <table id="tablcont"><tr><th colspan="3">ЛИЦА</th></tr>
              <tr><td>Фамилия / наименование</td><td>Перечень статей</td><td>Дата рассмотрения</td></tr>
              <tr><td>Сидоров С.С.</td><td>ст.337 ч.5 УК РФ</td><td>02.03.2024</td></tr></table>
            <table id="tablcont"><tr><th colspan="3">ДВИЖЕНИЕ ДЕЛА</th></tr>
              <tr><td>Наименование события</td><td>Дата</td><td>Дата размещения</td></tr>
              <tr><td>Судебное заседание</td><td>01.03.2024</td><td>04.03.2024</td></tr></table>
            """);
        var card = Card(Parse(html));
        Assert.Equal("2024-03-01", card.DecisionDate);
        Assert.Equal(("Сидоров С.С.", "ст.337 ч.5 УК РФ"), (card.Defendants.Single().Name, card.Defendants.Single().ChargesRaw));
        Assert.Equal(("2024-03-01", "2024-03-04"), (card.Events.Single().Date, card.Events.Single().PublishedDate));
    }

    [Fact]
    public void Windows_1251_without_any_declaration_is_recognised()
    {
        var html = OldCard("<tr><td>Категория дела</td><td>Дезертирство</td></tr>").Replace("""<meta charset="utf-8">""", "", StringComparison.Ordinal);
        var parsed = CardParser.Parse(Windows1251.GetBytes(html), new CardSource());
        Assert.Equal(("windows-1251", "Дезертирство"), (parsed.Encoding, Card(parsed).Category));
    }

    [Fact]
    public void A_utf8_byte_order_mark_wins_over_a_wrong_meta()
    {
        var html = OldCard("<tr><td>Категория дела</td><td>Дезертирство</td></tr>").Replace("utf-8", "windows-1251", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(html)).ToArray();
        var parsed = CardParser.Parse(bytes, new CardSource());
        Assert.Equal(("utf-8", "Дезертирство"), (parsed.Encoding, Card(parsed).Category));
    }

    [Fact]
    public void The_senders_charset_overrides_a_wrong_meta()
    {
        var html = OldCard("<tr><td>Категория дела</td><td>Дезертирство</td></tr>"); // says utf-8, sent as windows-1251
        var bytes = Windows1251.GetBytes(html);

        var trusted = CardParser.Parse(bytes, new CardSource(ContentType: "text/html; charset=windows-1251"));
        var untrusted = CardParser.Parse(bytes, new CardSource());

        Assert.Equal((DecodingEvidence.Sender, "Дезертирство"), (Card(trusted).PageDecoding.Evidence, Card(trusted).Category));
        Assert.Equal("the page's meta charset says utf-8; the bytes were read as windows-1251", Assert.Single(Card(trusted).PageDecoding.Mismatches));
        // Without the sender's word, the bytes are no UTF-8 and read as Russian in windows-1251: read, and the meta noted.
        Assert.Equal((DecodingEvidence.Guess, "Дезертирство"), (Card(untrusted).PageDecoding.Evidence, Card(untrusted).Category));
        Assert.Single(Card(untrusted).PageDecoding.Mismatches);
    }

    [Fact]
    public void An_unknown_charset_is_noted_and_the_bytes_decide()
    {
        var card = Card(Parse(OldCard("<tr><td>Категория дела</td><td>Дезертирство</td></tr>"), contentType: "text/html; charset=x-klingon"));
        Assert.Equal(("utf-8", "Дезертирство"), (card.PageDecoding.Encoding, card.Category));
        Assert.Contains("unknown charset 'x-klingon'", Assert.Single(card.PageDecoding.Mismatches), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Уголовное дело ПРЕКРАЩЕНО<br>назначена мера", "Уголовное дело ПРЕКРАЩЕНО назначена мера")]
    [InlineData("Уголовное дело ПРЕКРАЩЕНО<br/>назначена мера", "Уголовное дело ПРЕКРАЩЕНО назначена мера")]
    [InlineData("<p>Вынесен ПРИГОВОР</p><p>обжалован</p>", "Вынесен ПРИГОВОР обжалован")]
    [InlineData("<div>Вынесен</div><div>ПРИГОВОР</div>", "Вынесен ПРИГОВОР")]
    [InlineData("<ul><li>Вынесен</li><li>ПРИГОВОР</li></ul>", "Вынесен ПРИГОВОР")]
    [InlineData("Вынесен <b>ПРИГОВОР</b><span>.</span>", "Вынесен ПРИГОВОР.")]
    public void Line_breaks_and_blocks_in_a_value_are_spaces_but_inline_markup_is_not(string value, string expected)
    {
        Assert.Equal(expected, Card(Parse(OldCard($"<tr><td>Результат рассмотрения</td><td>{value}</td></tr>"))).OutcomeRaw);
    }

    [Fact]
    public void The_court_code_comes_from_a_link_when_there_is_no_hidden_field()
    {
        var html = Page("""<a href="/modules.php?name=sud_delo&amp;vnkod=52gv0002&amp;op=sf">Поиск</a><div class="case-num">1-3/2024</div>""");
        Assert.Equal("52GV0002", Card(Parse(html)).Court.Code);
    }

    [Fact]
    public void The_senders_explicit_court_code_wins_over_the_pages_and_the_disagreement_is_kept()
    {
        var card = Card(Parse(OldCard(""), courtCode: "77gv0020"));
        Assert.Equal("77GV0020", card.Court.Code);
        Assert.Equal((CourtCodeSource.Sender, "77GV0020", "46GV0001"), (card.CourtResolution.Source, card.CourtResolution.SenderCode, card.CourtResolution.PageCode));
        Assert.Contains("77GV0020 differs from the page's code 46GV0001", Assert.Single(card.CourtResolution.Disagreements), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""<a href="https://ej.sudrf.ru/?fromOa=77GV0020">Электронное правосудие</a>""")]
    [InlineData("""<img src="//counter.sudrf.ru/cnt.php?ssid=77GV0020" alt="">""")]
    [InlineData("""<script>document.write('<img src="//counter.sudrf.ru/cnt.php?ssid=77GV0020">');</script>""")]
    [InlineData("""<a href="/modules.php?name=sud_delo&amp;name_op=r_juid&amp;vnkod=77GV0020&amp;judicial_uid=77GV0020-01-2023-000001-11">УИД</a>""")]
    public void The_court_comes_from_the_pages_links_and_counters_without_a_sender_code(string link)
    {
        var card = Card(Parse(Page($"""<div class="case-num">1-3/2024</div>{link}""").Replace("<title>Курский гарнизонный военный суд</title>", "", StringComparison.Ordinal), url: ""));
        Assert.Equal(("77GV0020", CourtCodeSource.Page), (card.Court.Code, card.CourtResolution.Source));
        // The page prints no name: the registry's.
        Assert.Equal("Курский гарнизонный военный суд", card.Court.Name);
        Assert.Empty(card.CourtResolution.Disagreements);
    }

    [Theory]
    [InlineData("https://gvs--krs.sudrf.ru/modules.php?name=sud_delo&name_op=case&_id=1", "")]
    [InlineData("https://www.gvs.krs.sudrf.ru/modules.php?name=sud_delo", "")]
    [InlineData("", """<a href="https://gvs--krs.sudrf.ru/modules.php?name=sud_delo&amp;srv_num=1">Дела</a>""")]
    public void A_page_without_a_code_of_a_known_host_needs_no_sender_code(string url, string link)
    {
        var card = Card(Parse(Page($"""<div class="case-num">1-3/2024</div>{link}"""), url: url));
        Assert.Equal(("77GV0020", CourtCodeSource.Host, "77GV0020"), (card.Court.Code, card.CourtResolution.Source, card.CourtResolution.HostCode));
        Assert.Equal(CourtRegistry.Current.Version, card.CourtResolution.RegistryVersion);
    }

    [Fact]
    public void A_page_code_that_contradicts_its_host_is_kept_with_the_disagreement()
    {
        var card = Card(Parse(OldCard(""), url: "https://gvs--krs.sudrf.ru/modules.php?name=sud_delo"));
        Assert.Equal(("46GV0001", "77GV0020"), (card.Court.Code, card.CourtResolution.HostCode));
        Assert.Contains("page's code 46GV0001 differs from the registry's court for the page's host, 77GV0020", Assert.Single(card.CourtResolution.Disagreements), StringComparison.Ordinal);
    }

    [Fact]
    public void An_explicit_code_of_a_court_the_registry_lacks_is_accepted_for_a_page_that_shows_none()
    {
        var card = Card(Parse(Page("""<div class="case-num">1-3/2024</div>"""), courtCode: "46GV0001", url: "https://kursky-gvs.krs.sudrf.ru/modules.php"));
        Assert.Equal(("46GV0001", CourtCodeSource.Sender, "", ""), (card.Court.Code, card.CourtResolution.Source, card.CourtResolution.PageCode, card.CourtResolution.HostCode));
        Assert.Equal("Курский гарнизонный военный суд", card.Court.Name);
    }

    [Fact]
    public void A_page_of_an_unknown_host_without_any_code_is_rejected_on_the_court_code()
    {
        var parsed = Parse(Page("""<div class="case-num">1-3/2024</div><a href="https://kursky-gvs.krs.sudrf.ru/">Суд</a>"""), url: "https://kursky-gvs.krs.sudrf.ru/modules.php");
        Assert.Equal("court.code", parsed.Rejection!.Field);
        Assert.Contains("sender gave none", parsed.Rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_court_code_from_the_sender_is_no_code()
    {
        var html = Page("""<div class="case-num">1-3/2024</div>""");
        Assert.Equal("court.code", Parse(html, courtCode: "Курск").Rejection!.Field);
    }

    [Fact]
    public void An_impossible_event_date_names_the_event()
    {
        var parsed = Parse(OldCard("", """
            <table><tr><td>Наименование события</td><td>Дата</td></tr>
            <tr><td>Регистрация</td><td>01.01.2024</td></tr><tr><td>Заседание</td><td>30.02.2024</td></tr></table>
            """));
        Assert.Equal("events[1].date", parsed.Rejection!.Field);
    }

    [Fact]
    public void Text_in_a_date_field_is_not_a_date()
    {
        Assert.Equal("decision_date", Parse(OldCard("<tr><td>Дата рассмотрения</td><td>вчера</td></tr>")).Rejection!.Field);
    }

    [Fact]
    public void Dates_with_trailing_text_are_read()
    {
        Assert.Equal("2024-01-05", Card(Parse(OldCard("<tr><td>Дата поступления</td><td>05.01.2024 г.</td></tr>"))).EntryDate);
    }

    [Fact]
    public void A_page_over_the_size_limit_is_rejected_before_parsing()
    {
        var bytes = new byte[CardParser.MaxPageBytes + 1];
        bytes.AsSpan().Fill((byte)'a');
        Assert.Contains("at most", CardParser.Parse(bytes, new CardSource()).Rejection!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Deeply_nested_markup_is_rejected_not_walked()
    {
        var html = Page(string.Concat(Enumerable.Repeat("<div>", 50_000)) + """<div class="case-num">1-1/2024</div>""");
        Assert.Contains("nests elements deeper", Parse(html).Rejection!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_page_is_rejected()
    {
        Assert.Equal("the page is empty", CardParser.Parse([], new CardSource()).Rejection!.Reason);
    }

    [Fact]
    public void The_parser_never_throws_on_random_bytes_or_mangled_fixtures()
    {
        var random = new Random(20241124);
        var fixtures = CardFixtures.All().Select(CardFixtures.Bytes).ToList();
        for (var i = 0; i < 400; i++)
        {
            byte[] input;
            if (i % 2 == 0)
            {
                input = new byte[random.Next(0, 4096)];
                random.NextBytes(input);
            }
            else
            {
                // A fixture cut at a random point with a few bytes flipped: close to real, broken in random places.
                var source = fixtures[random.Next(fixtures.Count)];
                input = source[..random.Next(0, source.Length + 1)];
                for (var flips = random.Next(0, 8); flips > 0 && input.Length > 0; flips--)
                    input[random.Next(input.Length)] = (byte)random.Next(256);
            }
            var parsed = CardParser.Parse(input, new CardSource("not a url", "text/html; charset=utf-8", "46GV0001"));
            Assert.True((parsed.Card is null) != (parsed.Rejection is null), $"input {i}: exactly one of card and rejection");
        }
    }
}
