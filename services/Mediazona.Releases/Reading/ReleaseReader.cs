using System.Text.Json;
using Mediazona.Releases.Schema;
using Mediazona.Releases.Writing;
using Parquet;

namespace Mediazona.Releases.Reading;

/// <summary>Reads a release folder back (release.json and each table's Parquet file), e.g. to compare it with a new one.</summary>
public static class ReleaseReader
{
    public static async Task<Release> ReadAsync(string folder, CancellationToken ct = default)
    {
        using var description = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, ReleaseWriter.DescriptionFile), ct));
        var root = description.RootElement;
        var tables = new List<ReleaseTable>();
        foreach (var spec in ReleaseTables.All)
            tables.Add(new ReleaseTable(spec, await RowsAsync(spec, Path.Combine(folder, spec.Name + ".parquet"), ct)));
        return new Release(
            DateOnly.ParseExact(root.GetProperty("as_of").GetString()!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            root.GetProperty("rules_version").GetInt32(),
            root.GetProperty("methodology_version").GetString()!,
            root.GetProperty("data_version").GetInt64(),
            tables);
    }

    static async Task<List<object?[]>> RowsAsync(ReleaseTableSpec spec, string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream, cancellationToken: ct);
        var expected = string.Join(',', spec.Columns.Select(c => c.Name));
        var found = string.Join(',', reader.Schema.DataFields.Select(f => f.Name));
        if (expected != found)
            throw new InvalidDataException($"{path}: columns {found}, expected {expected} (a release of another version?)");
        var rows = new List<object?[]>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var count = checked((int)group.RowCount);
            var columns = new object?[spec.Columns.Count][];
            for (var c = 0; c < spec.Columns.Count; c++)
                columns[c] = await ColumnAsync(group, reader.Schema.DataFields[c], spec.Columns[c].Type, count, ct);
            for (var r = 0; r < count; r++)
                rows.Add([.. columns.Select(column => column[r])]);
        }
        return rows;
    }

    static async Task<object?[]> ColumnAsync(ParquetRowGroupReader group, Parquet.Schema.DataField field, ColumnType type, int count, CancellationToken ct)
    {
        switch (type)
        {
            case ColumnType.Text:
            {
                var values = new string?[count];
                await group.ReadAsync(field, values.AsMemory(), null, ct);
                return [.. values.Select(v => (object?)(v ?? ""))];
            }
            case ColumnType.Number:
                return Boxed(await ReadAsync<int>(group, field, count, ct));
            case ColumnType.Amount:
                return Boxed(await ReadAsync<long>(group, field, count, ct));
            case ColumnType.Boolean:
                return Boxed(await ReadAsync<bool>(group, field, count, ct));
            case ColumnType.Date:
            {
                // Parquet.Net reads a DATE column back as DateTime (midnight).
                var days = await ReadNullableAsync<DateTime>(group, field, count, ct);
                return [.. days.Select(d => d is { } v ? (object?)DateOnly.FromDateTime(v) : null)];
            }
            default:
            {
                var instants = await ReadNullableAsync<DateTime>(group, field, count, ct);
                return [.. instants.Select(t => t is { } v ? (object?)new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)) : null)];
            }
        }
    }

    static async Task<T[]> ReadAsync<T>(ParquetRowGroupReader group, Parquet.Schema.DataField field, int count, CancellationToken ct) where T : struct
    {
        var values = new T[count];
        await group.ReadAsync(field, values.AsMemory(), null, ct);
        return values;
    }

    static async Task<T?[]> ReadNullableAsync<T>(ParquetRowGroupReader group, Parquet.Schema.DataField field, int count, CancellationToken ct) where T : struct
    {
        var values = new T?[count];
        await group.ReadAsync(field, values.AsMemory(), null, ct);
        return values;
    }

    static object?[] Boxed<T>(T[] values) => [.. values.Select(v => (object?)v)];
}
