using Mediazona.Releases.Schema;
using Parquet;
using Parquet.Schema;

namespace Mediazona.Releases.Writing;

/// <summary>A release table as one Parquet file (one row group, Snappy): the same rows give the same bytes.</summary>
public static class ParquetTableFile
{
    public static ParquetSchema SchemaOf(ReleaseTableSpec spec) => new([.. spec.Columns.Select(Field)]);

    static DataField Field(ReleaseColumn column) => column.Type switch
    {
        ColumnType.Text => new DataField<string>(column.Name),
        ColumnType.Number => new DataField<int>(column.Name),
        ColumnType.Amount => new DataField<long>(column.Name),
        ColumnType.Boolean => new DataField<bool>(column.Name),
        ColumnType.Date => new DataField<DateOnly?>(column.Name),
        // INT64 microseconds marked as UTC (not the legacy INT96, which readers interpret differently).
        ColumnType.Timestamp => new DateTimeDataField(column.Name, DateTimeFormat.Timestamp, isAdjustedToUTC: true, isNullable: true),
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };

    public static async Task WriteAsync(ReleaseTable table, Stream output, CancellationToken ct = default)
    {
        var schema = SchemaOf(table.Spec);
        await using var writer = await ParquetWriter.CreateAsync(schema, output, cancellationToken: ct);
        using var group = writer.CreateRowGroup();
        for (var i = 0; i < table.Spec.Columns.Count; i++)
        {
            var field = schema.DataFields[i];
            var rows = table.Rows;
            switch (table.Spec.Columns[i].Type)
            {
                case ColumnType.Text:
                    await group.WriteAsync(field, Column(rows, i, v => (string)v!), null);
                    break;
                case ColumnType.Number:
                    await group.WriteAsync<int>(field, Column(rows, i, v => (int)v!), cancellationToken: ct);
                    break;
                case ColumnType.Amount:
                    await group.WriteAsync<long>(field, Column(rows, i, v => (long)v!), cancellationToken: ct);
                    break;
                case ColumnType.Boolean:
                    await group.WriteAsync<bool>(field, Column(rows, i, v => (bool)v!), cancellationToken: ct);
                    break;
                case ColumnType.Date:
                    await group.WriteAsync<DateOnly>(field, Column(rows, i, v => (DateOnly?)v), cancellationToken: ct);
                    break;
                case ColumnType.Timestamp:
                    await group.WriteAsync<DateTime>(field, Column(rows, i, v => ((DateTimeOffset?)v)?.UtcDateTime), cancellationToken: ct);
                    break;
            }
        }
    }

    static T[] Column<T>(IReadOnlyList<object?[]> rows, int index, Func<object?, T> read)
    {
        var values = new T[rows.Count];
        for (var r = 0; r < rows.Count; r++)
            values[r] = read(rows[r][index]);
        return values;
    }
}
