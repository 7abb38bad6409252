using Mediazona.Contracts.Cases.V1;
using Mediazona.Ingestion.Identity;
using Mediazona.Ingestion.Normalisation;
using Mediazona.Ingestion.Sources.Sudrf;
using Mediazona.Ingestion.Tests.Support;

namespace Mediazona.Ingestion.Tests.Sources.Sudrf;

/// <summary>Every fixture page parses to the values it shows, field by field; every bad page gets its reason.</summary>
public class CardFixtureTests
{
    const string OldUrl = "https://kursky-gvs.krs.sudrf.ru/modules.php?name=sud_delo&srv_num=1&name_op=case&case_id=16520648&case_uid=0b6f3c2e-1d2a-4f7e-9c55-2b1f0a9e1d11&delo_id=1540006";
    const string NewUrl = "https://235gvs.msk.sudrf.ru/modules.php?name=sud_delo&name_op=case&_id=44110&_uid=7c1d&_deloId=1540006&_caseType=0&_new=0&srv_num=1";

    static CourtCase Card(ParsedCard parsed)
    {
        Assert.Null(parsed.Rejection);
        return Assert.IsType<CourtCase>(parsed.Card);
    }

    [Fact]
    public void Old_layout_verdict_in_windows_1251()
    {
        var parsed = CardFixtures.Parse("old-layout-verdict-cp1251.html", OldUrl);
        var card = Card(parsed);

        Assert.Equal((CardLayout.Old, "windows-1251"), (parsed.Layout, parsed.Encoding));
        Assert.Equal(("46GV0001", "Курский гарнизонный военный суд", "kursky-gvs.krs.sudrf.ru"), (card.Court.Code, card.Court.Name, card.Court.Host));
        Assert.Equal("1-45/2023", card.CaseNumber);
        Assert.Equal(ProceedingKind.CriminalFirstInstance, card.ProceedingKind); // delo_id=1540006 of its URL
        Assert.Equal((DecodingEvidence.Page, "windows-1251"), (card.PageDecoding.Evidence, card.PageDecoding.Encoding));
        Assert.Empty(card.PageDecoding.Mismatches);
        Assert.Equal("46GV0001-01-2023-000045-67", card.CaseUid);
        Assert.Equal("2023-02-10", card.EntryDate);
        Assert.Equal("Самовольное оставление части или места службы (ст. 337 УК РФ)", card.Category);
        Assert.Equal("Смирнов Алексей Викторович", card.Judge);
        Assert.Equal("2023-03-21", card.DecisionDate);
        Assert.Equal("Вынесен ПРИГОВОР", card.OutcomeRaw);
        Assert.Equal(Outcome.Unspecified, card.Outcome); // classification normalises outcome_raw
        Assert.Equal("Рассмотрение дела начато с начала", card.HearingMark);
        Assert.Equal(OldUrl, card.SourceUrl);

        Assert.Equal(
            ["Регистрация поступившего в суд дела", "Передача материалов дела судье", "Судебное заседание", "Судебное заседание", "Провозглашение приговора"],
            card.Events.Select(e => e.Name));
        var adjourned = card.Events[2];
        Assert.Equal(("2023-03-07", "10:00", "Зал № 2", "Отложено", "неявка подсудимого", "", "2023-03-07"),
            (adjourned.Date, adjourned.Time, adjourned.Location, adjourned.Result, adjourned.Basis, adjourned.Note, adjourned.PublishedDate));
        Assert.Equal("2023-03-22", card.Events[4].PublishedDate);

        var defendant = Assert.Single(card.Defendants);
        Assert.Equal((1, "Информация скрыта", true, "ст.337 ч.5 УК РФ"), (defendant.Ordinal, defendant.Name, defendant.NameHidden, defendant.ChargesRaw));
        Assert.Empty(defendant.Charges); // left to classification's charge parser

        var act = Assert.Single(card.Acts);
        Assert.Equal("Приговор", act.Kind);
        Assert.StartsWith("П Р И Г О В О Р\nИменем Российской Федерации\n21 марта 2023 года г. Курск", act.Text);
        Assert.Contains("считать условным с испытательным сроком 3 (три) года.", act.Text);
        Assert.Empty(card.Annotations);
    }

    [Fact]
    public void Re_fetching_the_same_card_later_gives_the_same_content_hash()
    {
        var first = Card(CardFixtures.Parse("old-layout-verdict-cp1251.html", OldUrl));
        var again = Card(CardFixtures.Parse("old-layout-verdict-cp1251-refetched.html", OldUrl.Replace("case_uid=0b6f", "case_uid=9999", StringComparison.Ordinal)));

        Assert.NotEqual(CardFixtures.Bytes("old-layout-verdict-cp1251.html"), CardFixtures.Bytes("old-layout-verdict-cp1251-refetched.html"));
        Assert.Equal(ContentHash.Of(CaseNormaliser.Normalise(first)), ContentHash.Of(CaseNormaliser.Normalise(again)));
    }

    [Fact]
    public void Old_layout_group_case_with_several_charges_and_a_hidden_defendant()
    {
        var card = Card(CardFixtures.Parse("old-layout-group-dismissed-cp1251.html", "http://voen.voronezh.sudrf.ru/modules.php?name=sud_delo&case_id=1"));

        Assert.Equal(("36GV0002", "Воронежский гарнизонный военный суд", "voen.voronezh.sudrf.ru"), (card.Court.Code, card.Court.Name, card.Court.Host));
        Assert.Equal("1-7/2024", card.CaseNumber);
        Assert.Equal("36GV0002-01-2024-000007-15", card.CaseUid);
        Assert.Equal(("2024-01-15", "2024-02-28"), (card.EntryDate, card.DecisionDate));
        Assert.Equal("Неисполнение приказа (ст. 332 УК РФ)", card.Category);
        Assert.Equal("Кузнецова Ольга Петровна", card.Judge);
        Assert.Equal("Уголовное дело ПРЕКРАЩЕНО", card.OutcomeRaw);
        Assert.Equal("", card.HearingMark); // «Не заполнено»

        Assert.Equal(2, card.Events.Count);
        Assert.Equal(("Судебное заседание", "2024-02-28", "11:00", "Зал 1", "Дело прекращено", "примирение сторон", "группа лиц", "2024-02-29"),
            (card.Events[1].Name, card.Events[1].Date, card.Events[1].Time, card.Events[1].Location, card.Events[1].Result, card.Events[1].Basis, card.Events[1].Note, card.Events[1].PublishedDate));

        // The victim row of «СТОРОНЫ ПО ДЕЛУ» is not a defendant.
        Assert.Equal([1, 2], card.Defendants.Select(d => d.Ordinal));
        Assert.Equal(("Орлов Дмитрий Сергеевич", false, "ст.332 ч.2.1 УК РФ; ст.337 ч.3.1 УК РФ"),
            (card.Defendants[0].Name, card.Defendants[0].NameHidden, card.Defendants[0].ChargesRaw));
        Assert.Equal(("Информация скрыта", true, "ст. 332 ч. 2.1 УК РФ; п.«а» ч.2 ст.334 УК РФ"),
            (card.Defendants[1].Name, card.Defendants[1].NameHidden, card.Defendants[1].ChargesRaw));
        Assert.Empty(card.Acts);
    }

    [Fact]
    public void New_layout_pending_case_in_utf8_with_label_variants()
    {
        var parsed = CardFixtures.Parse("new-layout-pending-utf8.html", NewUrl);
        var card = Card(parsed);

        Assert.Equal((CardLayout.New, "utf-8"), (parsed.Layout, parsed.Encoding));
        Assert.Equal(("77GV0004", "235 гарнизонный военный суд", "235gvs.msk.sudrf.ru"), (card.Court.Code, card.Court.Name, card.Court.Host));
        Assert.Equal("1-310/2024", card.CaseNumber);
        Assert.Equal("77GV0004-01-2024-000310-02", card.CaseUid);
        Assert.Equal("2024-10-03", card.EntryDate);
        Assert.Equal("Уклонение от исполнения обязанностей военной службы путем симуляции болезни", card.Category);
        Assert.Equal("Волков Игорь Андреевич", card.Judge);
        Assert.Equal(("", ""), (card.DecisionDate, card.OutcomeRaw));
        Assert.Equal("", card.HearingMark);
        Assert.Equal(2, card.Events.Count);
        Assert.Equal(("Судебное заседание", "2024-10-21", "14:30", "Зал 3", "Отложено", "2024-10-21"),
            (card.Events[1].Name, card.Events[1].Date, card.Events[1].Time, card.Events[1].Location, card.Events[1].Result, card.Events[1].PublishedDate));
        var defendant = Assert.Single(card.Defendants);
        Assert.Equal(("Белов Никита Олегович", false, "ст.339 ч.2.1 УК РФ"), (defendant.Name, defendant.NameHidden, defendant.ChargesRaw));
        Assert.Empty(card.Acts);
    }

    [Fact]
    public void New_layout_without_a_court_code_takes_the_senders_code()
    {
        var card = Card(CardFixtures.Parse("new-layout-returned-no-court-code-utf8.html", "https://voen.perm.sudrf.ru/modules.php?name=sud_delo", courtCode: "59gv0001"));

        Assert.Equal(("59GV0001", "Пермский гарнизонный военный суд", "voen.perm.sudrf.ru"), (card.Court.Code, card.Court.Name, card.Court.Host));
        // The registry knows the host as Пермский ГВС (63GV0006): the sender's code is kept, the disagreement noted.
        Assert.Equal((CourtCodeSource.Sender, "63GV0006"), (card.CourtResolution.Source, card.CourtResolution.HostCode));
        Assert.Single(card.CourtResolution.Disagreements);
        Assert.Equal("1-88/2023", card.CaseNumber);
        Assert.Equal("59GV0001-01-2023-000088-40", card.CaseUid);
        Assert.Equal(("2023-06-20", "2023-08-14"), (card.EntryDate, card.DecisionDate));
        Assert.Equal("", card.Category); // not on the card
        Assert.Equal("Егоров П. П.", card.Judge);
        Assert.Equal("ВОЗВРАЩЕНО ПРОКУРОРУ в порядке ст. 237 УПК РФ", card.OutcomeRaw);
        Assert.Empty(card.Events);
        var defendant = Assert.Single(card.Defendants);
        Assert.Equal(("Информация скрыта", true, "ст.338 ч.3 УК РФ"), (defendant.Name, defendant.NameHidden, defendant.ChargesRaw));
    }

    [Fact]
    public void New_layout_without_a_court_code_from_anyone_on_an_unknown_host_is_rejected_on_court_code()
    {
        var parsed = CardFixtures.Parse("new-layout-returned-no-court-code-utf8.html", "https://perm-gvs.prm.sudrf.ru/modules.php?name=sud_delo");
        Assert.Null(parsed.Card);
        Assert.Equal("court.code", parsed.Rejection!.Field);
    }

    [Fact]
    public void New_layout_without_a_court_code_on_a_known_host_is_that_courts()
    {
        var card = Card(CardFixtures.Parse("new-layout-returned-no-court-code-utf8.html", "https://voen--perm.sudrf.ru/modules.php?name=sud_delo"));
        Assert.Equal(("63GV0006", CourtCodeSource.Host), (card.Court.Code, card.CourtResolution.Source));
        Assert.Empty(card.CourtResolution.Disagreements);
    }

    [Fact]
    public void New_layout_verdict_with_its_published_act()
    {
        var card = Card(CardFixtures.Parse("new-layout-verdict-act-utf8.html", "https://chitinsky-gvs.cht.sudrf.ru/modules.php?name=sud_delo&vnkod=75GV0003&name_op=case"));

        Assert.Equal(("75GV0003", "Читинский гарнизонный военный суд", "chitinsky-gvs.cht.sudrf.ru"), (card.Court.Code, card.Court.Name, card.Court.Host));
        Assert.Equal(("1-19/2024", "75GV0003-01-2024-000019-88"), (card.CaseNumber, card.CaseUid));
        Assert.Equal(("2024-02-12", "2024-04-05", "Вынесен ПРИГОВОР"), (card.EntryDate, card.DecisionDate, card.OutcomeRaw));
        Assert.Equal("Добровольная сдача в плен (ст. 352.1 УК РФ)", card.Category);
        Assert.Equal("Лебедев Роман Ильич", card.Judge);
        Assert.Equal(("Провозглашение приговора", "2024-04-05", "16:00", "Зал 1", "Провозглашение приговора окончено", "с участием сторон", "2024-04-08"),
            (card.Events[1].Name, card.Events[1].Date, card.Events[1].Time, card.Events[1].Location, card.Events[1].Result, card.Events[1].Note, card.Events[1].PublishedDate));
        Assert.Equal(("Фролов Артём Евгеньевич", "ст.352.1 ч.1 УК РФ"), (card.Defendants.Single().Name, card.Defendants.Single().ChargesRaw));
        var act = Assert.Single(card.Acts);
        Assert.Equal("Приговор", act.Kind);
        Assert.Equal(4, act.Text.Split('\n').Length);
        Assert.EndsWith("с отбыванием в исправительной колонии строгого режима.", act.Text);
    }

    [Theory]
    [InlineData("error-temporarily-unavailable.html", "content", "Информация временно недоступна")]
    [InlineData("error-pg-connect.html", "content", "pg_connect()")]
    [InlineData("error-site-being-filled.html", "content", "being filled in")]
    [InlineData("error-pg-query.html", "content", "pg_query()")]
    [InlineData("not-filled.html", "case_number", "Не заполнено")]
    [InlineData("captcha.html", "content", "captcha")]
    [InlineData("not-a-card.html", "content", "not a case card")]
    [InlineData("truncated.html", "content", "truncated")]
    [InlineData("binary-garbage.bin", "content", "binary")]
    [InlineData("impossible-date.html", "entry_date", "31.02.2023")]
    public void Bad_pages_are_rejected_with_their_reason_and_field(string fixture, string field, string reasonPart)
    {
        var parsed = CardFixtures.Parse(fixture, OldUrl);

        Assert.Null(parsed.Card);
        Assert.Equal(field, parsed.Rejection!.Field);
        Assert.Contains(reasonPart, parsed.Rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Old_layout_saved_as_utf8_under_a_windows_1251_meta_is_read_as_utf8_with_line_breaks_as_spaces()
    {
        var parsed = CardFixtures.Parse("old-layout-dismissed-saved-utf8-meta-windows-1251.html", "");
        var card = Card(parsed);

        Assert.Equal((CardLayout.Old, "utf-8"), (parsed.Layout, parsed.Encoding));
        Assert.Equal((DecodingEvidence.Bytes, "windows-1251"), (card.PageDecoding.Evidence, card.PageDecoding.PageCharset));
        Assert.Equal("the page's meta charset says windows-1251; the bytes were read as utf-8", Assert.Single(card.PageDecoding.Mismatches));
        Assert.Equal(("77GV0020", "1-77/2025", ProceedingKind.CriminalFirstInstance), (card.Court.Code, card.CaseNumber, card.ProceedingKind));
        Assert.Equal("Уголовное дело ПРЕКРАЩЕНО назначена мера уголовно-правового характера в виде судебного штрафа", card.OutcomeRaw);
        Assert.Equal("Самовольное оставление части или места службы (ст. 337 УК РФ)", card.Category);
        Assert.Equal("Смирнов Алексей Викторович", card.Judge);
        Assert.Equal("с назначением меры уголовно-правового характера", card.Events[1].Basis);
        Assert.Equal("ст.337 ч.3.1 УК РФ; ст.337 ч.5 УК РФ", card.Defendants.Single().ChargesRaw);
    }

    [Fact]
    public void New_layout_saved_as_utf8_under_a_windows_1251_meta_is_read_as_utf8_with_blocks_as_spaces()
    {
        var parsed = CardFixtures.Parse("new-layout-verdict-saved-utf8-meta-windows-1251.html", NewUrl);
        var card = Card(parsed);

        Assert.Equal((CardLayout.New, "utf-8"), (parsed.Layout, parsed.Encoding));
        Assert.Single(card.PageDecoding.Mismatches);
        Assert.Equal(("77GV0004", "1-402/2025", ProceedingKind.CriminalFirstInstance), (card.Court.Code, card.CaseNumber, card.ProceedingKind));
        Assert.Equal(("Неисполнение приказа (ст. 332 УК РФ)", "Волков Игорь Андреевич", "Вынесен ПРИГОВОР"), (card.Category, card.Judge, card.OutcomeRaw));
        Assert.Equal("с участием защитника", card.Events[1].Note);
        Assert.Equal(("Белов Никита Олегович", "ст.332 ч.2.1 УК РФ"), (card.Defendants.Single().Name, card.Defendants.Single().ChargesRaw));
    }

    [Fact]
    public void The_same_page_served_in_windows_1251_and_saved_as_utf8_is_the_same_case()
    {
        var saved = CardFixtures.Bytes("old-layout-dismissed-saved-utf8-meta-windows-1251.html");
        var served = CardParser.Parse(CodePages.Windows1251.GetBytes(System.Text.Encoding.UTF8.GetString(saved)), new CardSource());
        var fromSaved = CardParser.Parse(saved, new CardSource());

        Assert.Equal(("windows-1251", DecodingEvidence.Page), (served.Encoding, Card(served).PageDecoding.Evidence));
        Assert.Empty(Card(served).PageDecoding.Mismatches);
        Assert.Equal(ContentHash.Of(CaseNormaliser.Normalise(Card(served))), ContentHash.Of(CaseNormaliser.Normalise(Card(fromSaved))));
    }

    [Fact]
    public void A_criminal_cassation_card_is_stored_as_a_cassation_not_a_first_instance_case()
    {
        var card = Card(CardFixtures.Parse("new-layout-criminal-cassation-cp1251.html", "https://vkas.sudrf.ru/modules.php?name=sud_delo&name_op=case&_id=5512&_deloId=2450001"));

        Assert.Equal(ProceedingKind.CriminalCassation, card.ProceedingKind);
        Assert.Equal(("54KV0000", "Кассационный военный суд"), (card.Court.Code, card.Court.Name));
        Assert.Equal("7У-1297/2026 [77-655/2026]", card.CaseNumber);
        Assert.Equal(("2026-01-12", "2026-02-26", "Оставлено без изменения"), (card.EntryDate, card.DecisionDate, card.OutcomeRaw));
        Assert.Equal("Кузьмин Олег Степанович", card.Judge); // «Судья-докладчик»
        // ЛИЦА holds the convicted; СТОРОНЫ (counsel, prosecutor) holds no defendant.
        Assert.Equal(("Информация скрыта", "ст.337 ч.5 УК РФ"), (card.Defendants.Single().Name, card.Defendants.Single().ChargesRaw));
    }

    [Theory]
    [InlineData("https://vkas.sudrf.ru/modules.php?name=sud_delo&name_op=case&_id=5512&_deloId=2450001")]
    [InlineData("")]
    public void Without_its_list_title_a_cassation_card_is_known_by_its_url_or_else_its_number(string url)
    {
        var page = CodePages.Windows1251.GetString(CardFixtures.Bytes("new-layout-criminal-cassation-cp1251.html"))
            .Replace("""<div class="name-instanse">Уголовные дела - кассация</div>""", "", StringComparison.Ordinal)
            .Replace("_deloId=2450001", "_deloId=1540006", StringComparison.Ordinal); // a link that would mislead, outvoted by both
        var card = Card(CardParser.Parse(CodePages.Windows1251.GetBytes(page), new CardSource(url)));
        Assert.Equal(ProceedingKind.CriminalCassation, card.ProceedingKind);
    }

    [Fact]
    public void A_koap_card_is_stored_as_an_administrative_offence_with_the_person_it_is_against()
    {
        var parsed = CardFixtures.Parse("old-layout-koap-saved-utf8-meta-windows-1251.html", "");
        var card = Card(parsed);

        Assert.Equal((ProceedingKind.AdministrativeOffence, "utf-8"), (card.ProceedingKind, parsed.Encoding));
        Assert.Equal(("77GV0020", "5-12/2025", "2025-02-24"), (card.Court.Code, card.CaseNumber, card.DecisionDate));
        Assert.Equal("Вынесено постановление о назначении административного наказания", card.OutcomeRaw);
        // «ПРИВЛЕКАЕМОЕ ЛИЦО» is the person the case is against.
        Assert.Equal(("Информация скрыта", "ст.12.8 ч.1 КоАП РФ"), (card.Defendants.Single().Name, card.Defendants.Single().ChargesRaw));
    }

    [Fact]
    public void A_utf8_page_under_a_windows_1251_meta_is_read_and_then_judged_on_its_fields()
    {
        var parsed = CardFixtures.Parse("utf8-declared-windows-1251.html", OldUrl, courtCode: "46GV0001");
        var card = Card(parsed);
        Assert.Equal(("utf-8", "1-9/2023"), (parsed.Encoding, card.CaseNumber));
        Assert.Contains("meta charset says windows-1251", Assert.Single(card.PageDecoding.Mismatches), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_fixture_is_covered_by_a_test_above()
    {
        string[] covered =
        [
            "old-layout-verdict-cp1251.html", "old-layout-verdict-cp1251-refetched.html", "old-layout-group-dismissed-cp1251.html",
            "new-layout-pending-utf8.html", "new-layout-returned-no-court-code-utf8.html", "new-layout-verdict-act-utf8.html",
            "error-temporarily-unavailable.html", "error-pg-connect.html", "error-site-being-filled.html", "error-pg-query.html",
            "not-filled.html", "captcha.html", "not-a-card.html", "truncated.html", "binary-garbage.bin", "impossible-date.html",
            "utf8-declared-windows-1251.html", "old-layout-dismissed-saved-utf8-meta-windows-1251.html",
            "new-layout-verdict-saved-utf8-meta-windows-1251.html", "new-layout-criminal-cassation-cp1251.html",
            "old-layout-koap-saved-utf8-meta-windows-1251.html",
        ];
        Assert.Equal(covered.Order(), CardFixtures.All());
    }
}
