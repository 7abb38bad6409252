using System.Diagnostics;
using Google.Protobuf;
using Grpc.Core;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Events.V1;
using Mediazona.Contracts.Ingestion.V1;
using Mediazona.Ingestion.Rpc;
using Mediazona.Ingestion.Storage;
using Mediazona.Ingestion.Tests.Support;

namespace Mediazona.Ingestion.Tests.Rpc;

/// <summary>ImportCards, ListQuarantine, AnnotateCase and Replay against a real PostgreSQL (one database for the class).</summary>
public class CardImportTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    const string OldUrl = "https://kursky-gvs.krs.sudrf.ru/modules.php?name=sud_delo&name_op=case&case_id=1&delo_id=1540006";
    readonly IngestionRpc rpc = new(new CaseStore(database.DataSource), new ReplayStore(database.DataSource), new FixedClock(new DateOnly(2025, 1, 1)));

    sealed class FixedClock(DateOnly today) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
    }

    static CardInput Card(string fixture, string url = OldUrl, string courtCode = "", string contentType = "") => new()
    {
        Content = ByteString.CopyFrom(CardFixtures.Bytes(fixture)),
        SourceUrl = url,
        CourtCode = courtCode,
        ContentType = contentType,
    };

    /// <summary>A card page with its own court code and case number, so tests sharing the database do not meet.</summary>
    static CardInput UniqueCard(string courtCode, string number, string category = "Самовольное оставление части")
    {
        var html = $"""
            <html><head><meta charset="utf-8"></head><body><input type="hidden" name="vnkod" value="{courtCode}">
            <div class="case-num">Дело № {number}</div>
            <table><tr><td>Дата поступления</td><td>10.01.2024</td></tr><tr><td>Категория дела</td><td>{category}</td></tr></table>
            <table><tr><th>Фамилия / наименование</th><th>Перечень статей</th></tr><tr><td>Информация скрыта</td><td>ст.337 ч.5 УК РФ</td></tr></table>
            </body></html>
            """;
        return new CardInput { Content = ByteString.CopyFromUtf8(html), SourceUrl = "https://x-gvs.sudrf.ru/modules.php?t=" + Guid.NewGuid() };
    }

    static string NewCourt() => $"{Random.Shared.Next(10, 99)}GV{Random.Shared.Next(1000, 9999)}";

    Task<ImportCardsResponse> Import(params CardInput[] cards) => rpc.ImportCards(new ImportCardsRequest { Cards = { cards } }, TestCallContext.Instance);

    [Fact]
    public async Task Each_card_gets_new_revision_unchanged_or_rejected_with_its_field()
    {
        var first = await Import(Card("old-layout-verdict-cp1251.html"), Card("new-layout-pending-utf8.html"), Card("captcha.html"),
            Card("new-layout-returned-no-court-code-utf8.html"));

        Assert.Equal([RecordStatus.New, RecordStatus.New, RecordStatus.Rejected, RecordStatus.Rejected], first.Results.Select(r => r.Status));
        Assert.Equal((2, 0, 0, 2), (first.NewCount, first.RevisionCount, first.UnchangedCount, first.RejectedCount));
        Assert.Equal(["", "", "cards[2].content", "cards[3].court.code"], first.Results.Select(r => r.Field));
        Assert.Contains("captcha", first.Results[2].Reason, StringComparison.Ordinal);

        // The same page fetched again later (new counters and session ids): UNCHANGED; the sender's court code fixes card 3.
        var second = await Import(Card("old-layout-verdict-cp1251-refetched.html", OldUrl + "&t=2"), Card("new-layout-pending-utf8.html"),
            Card("new-layout-returned-no-court-code-utf8.html", courtCode: "59GV0001"));
        Assert.Equal([RecordStatus.Unchanged, RecordStatus.Unchanged, RecordStatus.New], second.Results.Select(r => r.Status));
        Assert.Equal(first.Results[0].CaseId, second.Results[0].CaseId);

        var stored = await rpc.GetCase(new GetCaseRequest { CaseId = first.Results[0].CaseId }, TestCallContext.Instance);
        Assert.Equal(("46GV0001", "1-45/2023", RevisionOrigin.Card), (stored.Case.Court.Code, stored.Case.CaseNumber, stored.Revision.Origin));
    }

    [Fact]
    public async Task Other_proceedings_are_stored_listed_and_found_as_their_kind()
    {
        // These cards were decided in 2025 and 2026.
        var rpc = new IngestionRpc(new CaseStore(database.DataSource), new ReplayStore(database.DataSource), new FixedClock(new DateOnly(2026, 6, 1)));
        Task<ImportCardsResponse> Import(params CardInput[] cards) => rpc.ImportCards(new ImportCardsRequest { Cards = { cards } }, TestCallContext.Instance);
        var imported = await Import(Card("new-layout-criminal-cassation-cp1251.html", "https://vkas.sudrf.ru/modules.php?name=sud_delo&name_op=case&_id=5512&_deloId=2450001"),
            Card("old-layout-koap-saved-utf8-meta-windows-1251.html", "https://gvs.krs.sudrf.ru/modules.php?name=sud_delo&case_id=7701&delo_id=1500001"),
            Card("old-layout-dismissed-saved-utf8-meta-windows-1251.html", "https://gvs.krs.sudrf.ru/modules.php?name=sud_delo&case_id=901&delo_id=1540006"));

        Assert.All(imported.Results, r => Assert.Equal(RecordStatus.New, r.Status));
        Assert.Equal([ProceedingKind.CriminalCassation, ProceedingKind.AdministrativeOffence, ProceedingKind.CriminalFirstInstance],
            imported.Results.Select(r => r.ProceedingKind));

        var cassation = await rpc.GetCase(new GetCaseRequest { CourtCode = "54KV0000", CaseNumber = "7У-1297/2026 [77-655/2026]" }, TestCallContext.Instance);
        Assert.Equal((ProceedingKind.CriminalCassation, imported.Results[0].CaseId), (cassation.Case.ProceedingKind, cassation.Revision.CaseId));
        var koap = await rpc.ListRevisions(new ListRevisionsRequest { CaseId = imported.Results[1].CaseId }, TestCallContext.Instance);
        var stored = Assert.Single(koap.Revisions).Case;
        Assert.Equal((ProceedingKind.AdministrativeOffence, "5-12/2025", 1), (stored.ProceedingKind, stored.CaseNumber, stored.Defendants.Count));
        Assert.Contains("meta charset says windows-1251", Assert.Single(stored.PageDecoding.Mismatches), StringComparison.Ordinal);

        // The same КоАП page as the court serves it (windows-1251 bytes, no mismatch): how a page was decoded is provenance.
        var served = CodePages.Windows1251.GetBytes(System.Text.Encoding.UTF8.GetString(CardFixtures.Bytes("old-layout-koap-saved-utf8-meta-windows-1251.html")));
        var again = await Import(new CardInput { Content = ByteString.CopyFrom(served), SourceUrl = "https://gvs.krs.sudrf.ru/modules.php?name=sud_delo&case_id=7701&delo_id=1500001" });
        Assert.Equal((RecordStatus.Unchanged, imported.Results[1].CaseId, ProceedingKind.AdministrativeOffence),
            (again.Results[0].Status, again.Results[0].CaseId, again.Results[0].ProceedingKind));
    }

    /// <summary>A card page with no court code and no name of its own, with the links given.</summary>
    static CardInput BareCard(string number, string links, string url, string courtCode = "")
    {
        var html = $"""
            <html><head><meta charset="utf-8"></head><body>{links}
            <div class="case-num">Дело № {number}</div>
            <table><tr><td>Дата поступления</td><td>10.01.2024</td></tr></table>
            </body></html>
            """;
        return new CardInput { Content = ByteString.CopyFromUtf8(html), SourceUrl = url, CourtCode = courtCode };
    }

    static string NewNumber() => $"1-{Random.Shared.Next(100_000, 999_999)}/2024";

    [Fact]
    public async Task A_known_courts_card_needs_no_sender_code_and_takes_the_registrys_name()
    {
        var number = NewNumber();
        var imported = await Import(BareCard(number, """<a href="https://ej.sudrf.ru/?fromOa=39GV0005">ЭП</a>""", ""),
            BareCard(NewNumber(), "", "https://gvs--krs.sudrf.ru/modules.php?name=sud_delo&t=" + Guid.NewGuid()));
        Assert.All(imported.Results, r => Assert.Equal(RecordStatus.New, r.Status));

        var byLink = await rpc.GetCase(new GetCaseRequest { CourtCode = "39GV0005", CaseNumber = number }, TestCallContext.Instance);
        Assert.Equal(("224 гарнизонный военный суд", CourtCodeSource.Page), (byLink.Case.Court.Name, byLink.Case.CourtResolution.Source));
        var byHost = await rpc.GetCase(new GetCaseRequest { CaseId = imported.Results[1].CaseId }, TestCallContext.Instance);
        Assert.Equal(("77GV0020", "Курский гарнизонный военный суд", CourtCodeSource.Host), (byHost.Case.Court.Code, byHost.Case.Court.Name, byHost.Case.CourtResolution.Source));
    }

    [Fact]
    public async Task The_senders_code_wins_and_the_disagreement_is_visible_on_the_stored_revisions()
    {
        var number = NewNumber();
        var page = """<img src="//counter.sudrf.ru/cnt.php?ssid=77GV0020">""";
        var imported = await Import(BareCard(number, page, "https://gvs--krs.sudrf.ru/modules.php", courtCode: "46GV0001"));
        Assert.Equal(RecordStatus.New, imported.Results[0].Status);

        var stored = await rpc.GetCase(new GetCaseRequest { CourtCode = "46GV0001", CaseNumber = number }, TestCallContext.Instance);
        Assert.Equal(("46GV0001", "", "77GV0020", "77GV0020"),
            (stored.Case.Court.Code, stored.Case.Court.Name, stored.Case.CourtResolution.PageCode, stored.Case.CourtResolution.HostCode));
        Assert.Contains("46GV0001 differs from the page's code 77GV0020", Assert.Single(stored.Case.CourtResolution.Disagreements), StringComparison.Ordinal);
        var revisions = await rpc.ListRevisions(new ListRevisionsRequest { CaseId = stored.Revision.CaseId }, TestCallContext.Instance);
        Assert.Equal(stored.Case.CourtResolution, Assert.Single(revisions.Revisions).Case.CourtResolution);

        // The same page again without the sender's code is the page's court: another case, and nothing to note.
        var again = await Import(BareCard(number, page, "https://gvs--krs.sudrf.ru/modules.php"));
        Assert.NotEqual(stored.Revision.CaseId, again.Results[0].CaseId);
        var pageCourt = await rpc.GetCase(new GetCaseRequest { CaseId = again.Results[0].CaseId }, TestCallContext.Instance);
        Assert.Equal("77GV0020", pageCourt.Case.Court.Code);
        Assert.Empty(pageCourt.Case.CourtResolution.Disagreements);
    }

    [Fact]
    public async Task How_the_court_was_resolved_is_provenance_and_changes_no_content_hash()
    {
        var number = NewNumber();
        var page = """<a href="https://ej.sudrf.ru/?fromOa=77GV0020">ЭП</a>""";
        var first = await Import(BareCard(number, page, "https://gvs.krs.sudrf.ru/modules.php"));
        // Now the sender names the court too: the resolution differs (sender, not page), the case does not.
        var second = await Import(BareCard(number, page, "https://gvs.krs.sudrf.ru/modules.php?t=2", courtCode: "77GV0020"));
        Assert.Equal((RecordStatus.New, RecordStatus.Unchanged), (first.Results[0].Status, second.Results[0].Status));
        Assert.Equal(first.Results[0].CaseId, second.Results[0].CaseId);
    }

    [Fact]
    public async Task The_fetch_time_and_the_pages_hash_are_kept_on_the_revision_and_change_no_content_hash()
    {
        var court = NewCourt();
        var card = UniqueCard(court, "1-7/2024");
        var fetched = new DateTimeOffset(2024, 3, 5, 8, 30, 0, TimeSpan.Zero);
        card.FetchedAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(fetched);
        var first = await Import(card);

        var stored = await rpc.GetCase(new GetCaseRequest { CaseId = first.Results[0].CaseId }, TestCallContext.Instance);
        Assert.Equal(fetched, stored.Case.FetchedAt.ToDateTimeOffset());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(card.Content.Span)), stored.Case.PageSha256);

        // The same content fetched a day later, as other bytes (a trailing newline): provenance, not a revision.
        var later = UniqueCard(court, "1-7/2024");
        later.SourceUrl = card.SourceUrl;
        later.Content = ByteString.CopyFrom([.. card.Content.Span, (byte)'\n']);
        later.FetchedAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(fetched.AddDays(1));
        var second = await Import(later);
        Assert.Equal(RecordStatus.Unchanged, second.Results[0].Status);
    }

    [Fact]
    public async Task A_changed_card_is_a_revision_and_the_old_one_is_kept()
    {
        var court = NewCourt();
        var created = await Import(UniqueCard(court, "1-1/2024"));
        var changed = await Import(UniqueCard(court, "1-1/2024", category: "Дезертирство"));

        Assert.Equal((RecordStatus.New, RecordStatus.Revision, 2), (created.Results[0].Status, changed.Results[0].Status, changed.Results[0].Revision));
        var revisions = await rpc.ListRevisions(new ListRevisionsRequest { CaseId = created.Results[0].CaseId }, TestCallContext.Instance);
        Assert.Equal(["Самовольное оставление части", "Дезертирство"], revisions.Revisions.Select(r => r.Case.Category));
    }

    [Fact]
    public async Task Every_bad_page_kind_lands_in_quarantine_with_its_raw_bytes()
    {
        string[] bad = ["error-temporarily-unavailable.html", "error-pg-connect.html", "error-site-being-filled.html", "error-pg-query.html",
            "not-filled.html", "captcha.html", "not-a-card.html", "truncated.html", "binary-garbage.bin", "impossible-date.html", "utf8-declared-windows-1251.html"];
        var response = await Import(bad.Select(name => Card(name)).ToArray());

        Assert.All(response.Results, r => Assert.Equal(RecordStatus.Rejected, r.Status));
        Assert.Equal(bad.Length, response.Results.Select(r => r.Reason).Distinct().Count());
        foreach (var (result, name) in response.Results.Zip(bad))
        {
            var raw = await database.ScalarAsync<byte[]>("select raw from quarantine where id = $1", result.QuarantineId);
            Assert.Equal(CardFixtures.Bytes(name), raw);
        }
    }

    [Fact]
    public async Task Quarantine_is_listed_newest_first_in_pages()
    {
        var imported = await Import(Card("captcha.html"), Card("not-a-card.html"), Card("truncated.html", contentType: "text/html; charset=windows-1251"));
        var ids = imported.Results.Select(r => r.QuarantineId).Reverse().ToList();

        var first = await rpc.ListQuarantine(new ListQuarantineRequest { PageSize = 2 }, TestCallContext.Instance);
        var second = await rpc.ListQuarantine(new ListQuarantineRequest { PageSize = 2, PageToken = first.NextPageToken }, TestCallContext.Instance);

        // Other tests of the class may have added older rows; the newest three are ours.
        var listed = first.Entries.Concat(second.Entries).ToList();
        Assert.Equal(ids, listed.Take(3).Select(e => e.Id));
        Assert.Equal(("ingestion.ImportCards", "cards[2].content", "text/html; charset=windows-1251"), (listed[0].Source, listed[0].Field, listed[0].ContentType));
        Assert.Equal(CardFixtures.Bytes("truncated.html"), listed[0].Raw.ToByteArray());
        Assert.Equal(listed[0].Raw.Length, listed[0].SizeBytes);
        Assert.NotEmpty(first.NextPageToken);
    }

    [Fact]
    public async Task A_bad_page_token_is_invalid_argument()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => rpc.ListQuarantine(new ListQuarantineRequest { PageToken = "abc" }, TestCallContext.Instance));
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
    }

    [Fact]
    public async Task An_annotation_is_a_new_revision_with_provenance_and_survives_a_card_reimport()
    {
        var court = NewCourt();
        var caseId = (await Import(UniqueCard(court, "1-2/2024"))).Results[0].CaseId;
        var annotation = new Annotation
        {
            DefendantOrdinal = 1,
            Text = "Суд назначил 5 лет лишения свободы условно",
            Source = FactSource.PressRelease,
            SourceUrl = "https://press.example/2024/03/verdict",
            SourceDate = "2024-03-02",
            Punishment = new Punishment { Kind = PunishmentKind.Suspended, TermMonths = 60, ProbationMonths = 36 },
        };

        var annotated = await rpc.AnnotateCase(new AnnotateCaseRequest { CaseId = caseId, Annotation = annotation }, TestCallContext.Instance);
        var again = await rpc.AnnotateCase(new AnnotateCaseRequest { CaseId = caseId, Annotation = annotation }, TestCallContext.Instance);

        Assert.Equal((RecordStatus.Revision, 2, RevisionOrigin.Annotation), (annotated.Status, annotated.Revision.Number, annotated.Revision.Origin));
        var stored = Assert.Single(annotated.Case.Annotations);
        Assert.Equal((FactSource.PressRelease, "https://press.example/2024/03/verdict"), (stored.Punishment.Source, stored.Punishment.SourceUrl));
        Assert.Equal((RecordStatus.Unchanged, 2), (again.Status, again.Revision.Number));

        // Re-importing the same card keeps the annotation and changes nothing.
        var reimported = await Import(UniqueCard(court, "1-2/2024"));
        Assert.Equal((RecordStatus.Unchanged, 2), (reimported.Results[0].Status, reimported.Results[0].Revision));
        // A changed card is a new revision that still carries it.
        var changed = await Import(UniqueCard(court, "1-2/2024", category: "Дезертирство"));
        var latest = await rpc.GetCase(new GetCaseRequest { CaseId = caseId }, TestCallContext.Instance);
        Assert.Equal((RecordStatus.Revision, 3), (changed.Results[0].Status, latest.Revision.Number));
        Assert.Equal(annotated.Case.Annotations, latest.Case.Annotations);
    }

    [Theory]
    [InlineData(0, "", FactSource.Lawyer, "annotation.text")]
    [InlineData(0, "Приговор", FactSource.Unspecified, "annotation.source")]
    [InlineData(7, "Приговор", FactSource.Lawyer, "annotation.defendant_ordinal")]
    public async Task A_bad_annotation_is_invalid_argument_on_its_field(int ordinal, string text, FactSource source, string field)
    {
        var caseId = (await Import(UniqueCard(NewCourt(), "1-3/2024"))).Results[0].CaseId;
        var ex = await Assert.ThrowsAsync<RpcException>(() => rpc.AnnotateCase(new AnnotateCaseRequest
        {
            CaseId = caseId,
            Annotation = new Annotation { DefendantOrdinal = ordinal, Text = text, Source = source },
        }, TestCallContext.Instance));
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        var details = Google.Rpc.Status.Parser.ParseFrom(ex.Trailers.GetValueBytes("grpc-status-details-bin")!).Details.Single().Unpack<Google.Rpc.BadRequest>();
        Assert.Equal(field, details.FieldViolations.Single().Field);
    }

    [Fact]
    public async Task Annotating_an_unknown_case_is_not_found()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => rpc.AnnotateCase(new AnnotateCaseRequest
        {
            CaseId = new string('0', 32),
            Annotation = new Annotation { Text = "x", Source = FactSource.Manual },
        }, TestCallContext.Instance));
        Assert.Equal(StatusCode.NotFound, ex.StatusCode);
    }

    [Fact]
    public async Task The_outbox_row_keeps_the_submitting_requests_trace()
    {
        using var activity = new Activity("test request").SetIdFormat(ActivityIdFormat.W3C).Start();
        var mark = await database.OutboxMarkAsync();

        await Import(UniqueCard(NewCourt(), "1-4/2024"));

        var stored = await database.ColumnAsync<string>("select traceparent from outbox where id > $1", mark);
        Assert.Equal(activity.Id, Assert.Single(stored));
        Assert.StartsWith($"00-{activity.TraceId}-", stored[0], StringComparison.Ordinal);
    }

    sealed class Batches(params StreamCardsRequest[] batches) : IAsyncStreamReader<StreamCardsRequest>
    {
        int next = -1;

        public StreamCardsRequest Current => batches[next];

        public Task<bool> MoveNext(CancellationToken cancellationToken) => Task.FromResult(++next < batches.Length);
    }

    [Fact]
    public async Task A_stream_of_batches_is_answered_once_with_indexes_across_the_stream()
    {
        var court = NewCourt();
        var stream = new Batches(
            new StreamCardsRequest { Cards = { UniqueCard(court, "2-1/2024"), Card("captcha.html") } },
            new StreamCardsRequest(),
            new StreamCardsRequest { Cards = { UniqueCard(court, "2-2/2024"), UniqueCard(court, "2-1/2024") } });

        var response = await rpc.StreamCards(stream, TestCallContext.Instance);

        Assert.Equal([0, 1, 2, 3], response.Results.Select(r => r.Index));
        Assert.Equal([RecordStatus.New, RecordStatus.Rejected, RecordStatus.New, RecordStatus.Unchanged], response.Results.Select(r => r.Status));
        Assert.Equal((2, 0, 1, 1), (response.NewCount, response.RevisionCount, response.UnchangedCount, response.RejectedCount));
        Assert.Equal("cards[1].content", response.Results[1].Field);
    }
}
