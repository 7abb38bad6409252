using System.Text;
using Grpc.Core;
using Mediazona.Cli.Importing;
using Mediazona.Cli.Planning;
using Mediazona.Contracts.Ingestion.V1;
using Mediazona.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;
using static Mediazona.EndToEnd.Tests.Infrastructure.Cases;

namespace Mediazona.EndToEnd.Tests;

/// <summary>mzctl import (its planner and importer) over tests/fixtures/cards through the gateway, twice.</summary>
[Collection(SuiteCollection.Name)]
public sealed class MzctlImportTests(SuiteFixture suite, ITestOutputHelper output) : IDisposable
{
    /// <summary>The court codes printed in the fixture pages.</summary>
    static readonly string[] FixtureCourts = ["46GV0001", "77GV0004", "59GV0001", "75GV0003", "36GV0002", "77GV0020", "54KV0000"];

    readonly string _folder = Path.Combine(Path.GetTempPath(), "mzctl-e2e-" + Guid.NewGuid().ToString("N"));

    sealed class NoProgress : IImportProgress
    {
        public void Acknowledged(ImportBatch batch, BatchCounts counts) { }
        public void Retrying(ImportBatch batch, int attempt, RpcException error) { }
    }

    static string FixtureFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var path = Path.Combine(folder.FullName, "tests", "fixtures", "cards");
            if (Directory.Exists(path))
                return path;
        }
        throw new DirectoryNotFoundException($"tests/fixtures/cards not found above {AppContext.BaseDirectory}");
    }

    /// <summary>
    /// The fixture folder copied with fresh court codes (ASCII, so safe in windows-1251 bytes too): the suite's database
    /// is shared by this collection's tests, and other classes import some of the same pages.
    /// </summary>
    void CopyFixturesWithFreshCourts()
    {
        var courts = FixtureCourts.ToDictionary(c => c, _ => NewCourtCode());
        Directory.CreateDirectory(Path.Combine(_folder, "nested"));
        foreach (var file in Directory.EnumerateFiles(FixtureFolder()))
        {
            var text = Encoding.Latin1.GetString(File.ReadAllBytes(file));
            foreach (var (from, to) in courts)
                text = text.Replace(from, to, StringComparison.Ordinal);
            // Half the pages one folder down, to import recursively.
            var target = Path.GetFileName(file).StartsWith("new-", StringComparison.Ordinal) ? Path.Combine(_folder, "nested") : _folder;
            File.WriteAllBytes(Path.Combine(target, Path.GetFileName(file)), Encoding.Latin1.GetBytes(text));
        }
        // The page as fetched from this URL (as in Mediazona.Ingestion.Tests): its court code is only in the URL.
        File.WriteAllText(Path.Combine(_folder, "nested", "new-layout-verdict-act-utf8.html.url"),
            $"https://chitinsky-gvs.cht.sudrf.ru/modules.php?name=sud_delo&vnkod={courts["75GV0003"]}&name_op=case\n");
    }

    [Fact]
    public async Task Importing_the_fixture_cards_twice_stores_them_once_and_rejects_the_same_pages()
    {
        CopyFixturesWithFreshCourts();
        using var channel = SuiteKeys.Channel(suite.GatewayGrpc, SuiteKeys.Feeder);
        var files = new DiskFileTree();
        var importer = new Importer(new IngestionService.IngestionServiceClient(channel), files, RetryPolicy.Default);
        var plan = ImportPlanner.Plan([_folder], files, batchSize: 5);

        var first = await importer.RunAsync(plan, new NoProgress(), CancellationToken.None);
        var second = await importer.RunAsync(plan, new NoProgress(), CancellationToken.None);

        output.WriteLine(string.Join("\n", first.TopReasons(20).Select(r => $"{r.Count} {r.Reason}")));
        // 21 fixtures, of which binary-garbage.bin is not a card page by name: 20 sent in 4 batches.
        Assert.Equal((20, 4), (plan.Records, plan.Batches.Count));
        Assert.Empty(plan.Problems);
        // Parsed (Mediazona.Ingestion.Tests CardFixtureTests): both old-layout verdict pages (one case: the refetched
        // page is the same content, so one NEW and one UNCHANGED), the group case, the pending and the verdict-with-act
        // new-layout pages (the verdict's court code from its sibling .url file), the two pages saved as UTF-8 under a
        // windows-1251 meta, the criminal cassation and the КоАП cards (stored as their kinds). Rejected: the ten bad
        // pages, and the returned case whose page has no court code (mzctl derives none from file names).
        Assert.Equal((8, 0, 1, 11), (first.New, first.Revision, first.Unchanged, first.Rejected));
        Assert.Null(first.Failure);
        // Re-running is harmless: nothing new, the same pages rejected for the same reasons.
        Assert.Equal((0, 0, 9, 11), (second.New, second.Revision, second.Unchanged, second.Rejected));
        Assert.Equal(first.TopReasons(20), second.TopReasons(20));
        Assert.Null(second.Failure);
    }

    [Fact]
    public async Task The_mzctl_program_imports_cards_and_ndjson_cases_and_a_rerun_is_all_unchanged()
    {
        CopyFixturesWithFreshCourts();
        var court = NewCourtCode();
        var cases = Path.Combine(_folder, "cases.ndjson");
        await File.WriteAllLinesAsync(cases, [
            Google.Protobuf.JsonFormatter.Default.Format(Case(court, "1-1/2024", "2024-01-10", Defendant(1, "ст.337 ч.5 УК РФ"))),
            Google.Protobuf.JsonFormatter.Default.Format(Case(court, "1-2/2024", "2024-01-11", Defendant(1, "ст.338 ч.1 УК РФ"))),
        ]);

        var (firstExit, first) = await RunMzctlAsync(_folder, cases);
        var (secondExit, second) = await RunMzctlAsync(_folder, cases);

        output.WriteLine(first + "\n" + second);
        Assert.Equal((0, 0), (firstExit, secondExit));
        // Output is redirected here, so plain lines: one per batch of 200 (cards, then cases), then the counts.
        Assert.Contains("22 records in 2 batches", first, StringComparison.Ordinal);
        Assert.Contains("NEW        10\n", first, StringComparison.Ordinal);
        Assert.Contains("REJECTED   11\n", first, StringComparison.Ordinal);
        Assert.Contains("NEW        0\n", second, StringComparison.Ordinal);
        Assert.Contains("UNCHANGED  11\n", second, StringComparison.Ordinal);
        Assert.Contains("REJECTED   11\n", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_mzctl_program_exits_1_when_the_key_is_refused()
    {
        CopyFixturesWithFreshCourts();

        var (exit, text) = await RunMzctlAsync(_folder, "--api-key", "not-a-key");

        output.WriteLine(text);
        Assert.Equal(1, exit);
        Assert.Contains("FAILED: batch 1", text, StringComparison.Ordinal);
    }

    /// <summary>Runs the built mzctl (copied next to this assembly) against the suite's gateway, the key from MZ_API_KEY.</summary>
    async Task<(int Exit, string Output)> RunMzctlAsync(params string[] arguments)
    {
        using var process = Mzctl.Start(suite, SuiteKeys.Feeder, ["import", .. arguments]);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, (await stdout + await stderr).ReplaceLineEndings("\n"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }
}
