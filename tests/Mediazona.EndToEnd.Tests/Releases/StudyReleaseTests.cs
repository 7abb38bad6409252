using Mediazona.EndToEnd.Tests.Infrastructure;
using Mediazona.EndToEnd.Tests.Study;
using Xunit.Abstractions;

namespace Mediazona.EndToEnd.Tests.Releases;

/// <summary>The study's cards (Study/) as a data release: mzctl release over gRPC, and the same zip through the gateway's JSON port.</summary>
[Collection(SuiteCollection.Name)]
public sealed class StudyReleaseTests(SuiteFixture suite, ITestOutputHelper output) : IDisposable
{
    readonly ReleaseFolder _folders = new();
    readonly JsonApi _api = new(suite.GatewayHttp, SuiteKeys.Reader);

    [Fact]
    public async Task A_release_of_the_study_opens_in_DuckDB_and_gives_back_708_cases_and_360_verdicts_as_of_3_April_2023()
    {
        var study = await StudyImport.Of(suite);
        string[] courts = [.. study.Codes.Values.SelectMany(c => new[] { "--court", c })];

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (folder, run) = await _folders.ReleaseAsync(suite, "study", ["--as-of", "2023-04-03", .. courts]);
        // For docs/releases.md, not asserted: the whole mzctl run (process start included) and the release's size.
        output.WriteLine($"{run.Out}mzctl release: {clock.Elapsed.TotalSeconds:F1} s, {Directory.GetFiles(folder).Sum(f => new FileInfo(f).Length) / 1e3:F0} kB unpacked");

        Assert.Equal(708, ReleaseFolder.Count(folder, "select count(*) from cases where mobilisation_era"));
        Assert.Equal(360, ReleaseFolder.Count(folder, "select count(*) from cases where mobilisation_era and outcome = 'VERDICT'"));
        // Every case of the study's courts received by then, of any era (StudyTableTests: 716).
        Assert.Equal(716, ReleaseFolder.Count(folder, "select count(*) from cases"));
        // AWOL: 629 cases, 661 defendants charged under art. 337 (the study's figures, as the API gives them).
        Assert.Equal(629, ReleaseFolder.Count(folder, "select count(distinct case_id) from charges join cases using (case_id) where cases.mobilisation_era and article = '337'"));
        Assert.Equal(661, ReleaseFolder.Count(folder, "select count(*) from (select distinct case_id, ordinal from charges join cases using (case_id) where cases.mobilisation_era and article = '337')"));
        // Vasilets was sentenced on 7 April: as of 3 April his case is pending and nothing of his sentence shows.
        Assert.Equal(0, ReleaseFolder.Count(folder, "select count(*) from cases where decision_date > date '2023-04-03'"));
        Assert.Equal(study.Codes.Count, ReleaseFolder.Count(folder, "select count(*) from courts"));
        Assert.Contains("cases             716 rows", run.Out, StringComparison.Ordinal);

        // The dashboard's download: the same zip through the gateway's JSON port, the same table bytes.
        using var zip = await _api.GetRawAsync($"/api/v1/stats/release.zip?asOf=2023-04-03&{study.Courts}");
        Assert.Equal("application/zip", zip.Content.Headers.ContentType?.MediaType);
        output.WriteLine($"release.zip: {zip.Content.Headers.ContentLength / 1e3:F0} kB");
        var downloaded = _folders.Path("downloaded");
        await using (var stream = await zip.Content.ReadAsStreamAsync())
            await Mediazona.Releases.Writing.ReleaseArchive.ExtractAsync(stream, downloaded);
        Assert.Equal(ReleaseFolder.TableHashes(folder), ReleaseFolder.TableHashes(downloaded));
    }

    public void Dispose()
    {
        _folders.Dispose();
        _api.Dispose();
    }
}
