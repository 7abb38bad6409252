using Mediazona.Releases.Delta;
using Mediazona.Releases.Reading;
using Mediazona.Releases.Writing;
using static Mediazona.Releases.Tests.SampleRelease;

namespace Mediazona.Releases.Tests;

public sealed class ReleaseDeltaTests : IDisposable
{
    readonly string _root = Directory.CreateTempSubdirectory("mz-delta-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Two_releases_around_an_import_give_exactly_the_rows_added_changed_and_removed()
    {
        var before = Build([Case("c1", "46GV0001", new(2023, 1, 1), null), Case("c2", "46GV0001", new(2023, 1, 2), null), Case("c3", "46GV0001", new(2023, 1, 3), null)]);
        // c1 got its verdict (a new revision), c3's card disappeared, c4 surfaced late.
        var after = Build([Case("c1", "46GV0001", new(2023, 1, 1), new(2023, 3, 1), revision: 2), Case("c2", "46GV0001", new(2023, 1, 2), null), Case("c4", "46GV0001", new(2022, 12, 1), null)], dataVersion: 9);
        var (oldFolder, newFolder) = (Path.Combine(_root, "old"), Path.Combine(_root, "new"));
        await ReleaseWriter.WriteAsync(before, oldFolder, new Dictionary<string, string>());
        await ReleaseWriter.WriteAsync(after, newFolder, new Dictionary<string, string>());

        var deltas = ReleaseDelta.Between(await ReleaseReader.ReadAsync(oldFolder), await ReleaseReader.ReadAsync(newFolder));
        var cases = deltas.Single(d => d.Spec.Name == "cases");
        Assert.Equal(["c4"], cases.Added.Select(r => (string)r[0]!));
        Assert.Equal(["c3"], cases.Removed.Select(r => (string)r[0]!));
        Assert.Equal(
            [("c1", "revision", "1", "2"), ("c1", "decision_date", "", "2023-03-01"), ("c1", "outcome", "PENDING", "VERDICT"), ("c1", "has_published_act", "false", "true")],
            cases.Changed.Select(c => (c.Key, c.Column, c.Old, c.New)));
        Assert.Equal(1, cases.ChangedRows);
        var revisions = deltas.Single(d => d.Spec.Name == "revisions");
        Assert.Equal(["c1 / 2", "c4 / 1"], revisions.Added.Select(r => $"{r[0]} / {r[1]}"));
        Assert.Empty(deltas.Single(d => d.Spec.Name == "courts").Changed);

        await DeltaWriter.WriteAsync(before, after, deltas, newFolder);
        var changedCsv = await File.ReadAllLinesAsync(Path.Combine(newFolder, DeltaWriter.Folder, "cases-changed.csv"));
        Assert.Equal("key,column,old_value,new_value", changedCsv[0]);
        Assert.Equal("c1,outcome,PENDING,VERDICT", changedCsv[3]);
        Assert.Contains("| cases | 1 | 1 | 1 | 4 |", await File.ReadAllTextAsync(Path.Combine(newFolder, DeltaWriter.Folder, "delta.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_release_twice_has_no_delta() =>
        Assert.All(ReleaseDelta.Between(Study(), Study()), d => Assert.True(d.Added.Count + d.Removed.Count + d.Changed.Count == 0, d.Spec.Name));
}
