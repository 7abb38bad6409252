using System.Diagnostics;

namespace Mediazona.Client.Tests.Contracts;

/// <summary>
/// The contract gate of deploy/local/test.sh (breaking_protos in lib.sh: buf breaking against .ci/contracts), run on
/// scratch copies of protos/: an unchanged or extended copy passes, a removed or renumbered field fails.
/// </summary>
public sealed class ContractGateTests : IDisposable
{
    const string Statistics = "mediazona/statistics/v1/statistics_service.proto";
    const string SummaryMessage = "message GetSummaryResponse {";
    static readonly string Root = RepositoryRoot();
    readonly string _scratch = Directory.CreateTempSubdirectory("mz-contract-gate-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public async Task The_contracts_as_they_are_pass()
    {
        var (exitCode, output) = await Gate(_ => { });
        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public async Task A_new_field_passes()
    {
        var (exitCode, output) = await Gate(protos => Edit(protos, Statistics, SummaryMessage, SummaryMessage + "\n  int64 added_later = 99;"));
        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public async Task A_removed_field_fails()
    {
        var (exitCode, output) = await Gate(protos => Edit(protos, Statistics, "  int64 data_version = 13;\n", ""));
        Assert.NotEqual(0, exitCode);
        Assert.Contains("field \"13\" with name \"data_version\" on message \"GetSummaryResponse\" was deleted", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_renumbered_field_fails()
    {
        var (exitCode, output) = await Gate(protos => Edit(protos, Statistics, "  int64 data_version = 13;", "  int64 data_version = 14;"));
        Assert.NotEqual(0, exitCode);
        Assert.Contains("field \"13\" with name \"data_version\" on message \"GetSummaryResponse\" was deleted", output, StringComparison.Ordinal);
    }

    /// <summary>Copies protos/ into the scratch folder, lets <paramref name="change"/> edit the copy, and runs the gate on it.</summary>
    async Task<(int ExitCode, string Output)> Gate(Action<string> change)
    {
        var protos = Path.Combine(_scratch, "protos");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, "protos", "mediazona"), "*.proto", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(protos, Path.GetRelativePath(Path.Combine(Root, "protos"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        change(protos);

        var start = new ProcessStartInfo("bash", ["-c", "set -euo pipefail; source \"$1\"; breaking_protos", "gate", Path.Combine(Root, "deploy/local/lib.sh")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["PROTO_SRC"] = protos, ["PROTO_WORK"] = Path.Combine(_scratch, "work") },
        };
        using var bash = Process.Start(start)!;
        var stdout = bash.StandardOutput.ReadToEndAsync();
        var stderr = bash.StandardError.ReadToEndAsync();
        await bash.WaitForExitAsync();
        return (bash.ExitCode, await stdout + await stderr);
    }

    static void Edit(string protos, string file, string find, string replacement)
    {
        var path = Path.Combine(protos, file);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text, StringComparison.Ordinal); // the edit must hit, or the test proves nothing
        File.WriteAllText(path, text.Replace(find, replacement, StringComparison.Ordinal));
    }

    static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "deploy", "local", "lib.sh")))
                return dir.FullName;
        throw new InvalidOperationException("no repository root above " + AppContext.BaseDirectory);
    }
}
