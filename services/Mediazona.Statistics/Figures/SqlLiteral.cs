namespace Mediazona.Statistics.Figures;

/// <summary>Proto enum values as SQL literals: the projection stores enums as their numbers, the code names them.</summary>
public static class SqlLiteral
{
    public static string Number<T>(T value) where T : struct, Enum => Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Numbers<T>(params T[] values) where T : struct, Enum => string.Join(", ", values.Select(Number));
}
