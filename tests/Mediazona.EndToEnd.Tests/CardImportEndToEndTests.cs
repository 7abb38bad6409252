using System.Net;
using System.Text;
using Google.Protobuf;
using Mediazona.Contracts.Ingestion.V1;
using Mediazona.Contracts.Statistics.V1;
using Mediazona.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;
using static Mediazona.EndToEnd.Tests.Infrastructure.Cases;

namespace Mediazona.EndToEnd.Tests;

/// <summary>Court card pages imported as JSON through the gateway are parsed, stored and counted by statistics.</summary>
[Collection(SuiteCollection.Name)]
public sealed class CardImportEndToEndTests(SuiteFixture suite, ITestOutputHelper output) : IDisposable
{
    readonly JsonApi _api = new(suite.GatewayHttp);

    /// <summary>tests/fixtures/cards, found by walking up from the test assembly to the repository.</summary>
    static string FixturePath(string name)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var path = Path.Combine(folder.FullName, "tests", "fixtures", "cards", name);
            if (File.Exists(path))
                return path;
        }
        throw new FileNotFoundException($"tests/fixtures/cards/{name} not found above {AppContext.BaseDirectory}");
    }

    /// <summary>A fixture page with its court code replaced (an ASCII string, so safe in windows-1251 bytes too).</summary>
    static ByteString Page(string name, string courtCode) =>
        ByteString.CopyFrom(ReplaceAscii(File.ReadAllBytes(FixturePath(name)), "46GV0001", courtCode));

    static byte[] ReplaceAscii(byte[] bytes, string from, string to)
    {
        var text = Encoding.Latin1.GetString(bytes);
        return Encoding.Latin1.GetBytes(text.Replace(from, to, StringComparison.Ordinal));
    }

    ImportCardsRequest TwoCards(string court) => new()
    {
        Cards =
        {
            new CardInput { Content = Page("old-layout-verdict-cp1251.html", court), SourceUrl = "https://kursky-gvs.krs.sudrf.ru/modules.php?name=sud_delo&case_id=1" },
            new CardInput { Content = Page("new-layout-returned-no-court-code-utf8.html", court), SourceUrl = "https://voen.perm.sudrf.ru/modules.php?name=sud_delo", CourtCode = court },
            new CardInput { Content = Page("captcha.html", court), SourceUrl = "https://voen.perm.sudrf.ru/modules.php?name=sud_delo" },
        },
    };

    [Fact]
    public async Task Imported_cards_are_counted_in_the_summary_and_a_second_import_changes_nothing()
    {
        var court = NewCourtCode();

        var first = await _api.PostAsync<ImportCardsResponse>("/api/v1/cards:import", TwoCards(court));
        var second = await _api.PostAsync<ImportCardsResponse>("/api/v1/cards:import", TwoCards(court));

        Assert.Equal([RecordStatus.New, RecordStatus.New, RecordStatus.Rejected], first.Results.Select(r => r.Status));
        Assert.Equal("cards[2].content", first.Results[2].Field);
        Assert.Equal([RecordStatus.Unchanged, RecordStatus.Unchanged, RecordStatus.Rejected], second.Results.Select(r => r.Status));

        output.WriteLine($"{court}: {first}\n{second}");
        var summary = await Eventually.Until(
            () => _api.GetAsync<GetSummaryResponse>($"/api/v1/stats/summary?asOf=2024-12-31&courtCodes={court}&allCases=true"),
            s => s.Cases == 2, suite);
        Assert.Equal(1, summary.VerdictCases);

        var verdict = await _api.GetAsync<GetCaseResponse>($"/api/v1/cases/{first.Results[0].CaseId}");
        Assert.Equal(("1-45/2023", "2023-02-10", "Информация скрыта"), (verdict.Case.CaseNumber, verdict.Case.EntryDate, verdict.Case.Defendants.Single().Name));
    }

    [Fact]
    public async Task The_rejected_page_is_listed_in_quarantine_through_the_gateway()
    {
        var court = NewCourtCode();
        var imported = await _api.PostAsync<ImportCardsResponse>("/api/v1/cards:import", TwoCards(court));

        var page = await _api.GetAsync<ListQuarantineResponse>("/api/v1/quarantine?pageSize=50");

        var entry = Assert.Single(page.Entries, e => e.Id == imported.Results[2].QuarantineId);
        Assert.Equal(("ingestion.ImportCards", "cards[2].content"), (entry.Source, entry.Field));
        Assert.Contains("captcha", entry.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_without_cards_is_a_400_naming_the_field()
    {
        using var response = await _api.PostRawAsync("/api/v1/cards:import", """{"cards":[]}""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("cards", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public void Dispose() => _api.Dispose();
}
