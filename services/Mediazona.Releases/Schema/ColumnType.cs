namespace Mediazona.Releases.Schema;

/// <summary>What a release column holds; each maps to one Parquet type, one CSV form and one codebook word.</summary>
public enum ColumnType
{
    /// <summary>UTF-8 text (Parquet BYTE_ARRAY/UTF8); empty is written as empty, never null.</summary>
    Text,
    /// <summary>A whole number (32-bit): ordinals, months, counts.</summary>
    Number,
    /// <summary>A large whole number (64-bit): roubles.</summary>
    Amount,
    Boolean,
    /// <summary>A calendar day (Parquet DATE, CSV YYYY-MM-DD); null when unknown.</summary>
    Date,
    /// <summary>An instant in UTC (Parquet TIMESTAMP, CSV RFC 3339 with Z); null when unknown.</summary>
    Timestamp,
}
