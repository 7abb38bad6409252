using Google.Protobuf;
using Spectre.Console;

namespace Mediazona.Cli.Output;

/// <summary>--format: how a response is printed.</summary>
internal enum OutputFormat
{
    /// <summary>Spectre.Console tables (plain text when redirected).</summary>
    Table,
    /// <summary>The response in protobuf JSON, default values included (as the gateway's JSON API writes them).</summary>
    Json,
    /// <summary>The response's main sheet as RFC 4180 CSV.</summary>
    Csv,
}

/// <summary>Prints a response in the chosen format; the sheets are made only when a table or CSV is wanted.</summary>
internal static class Printer
{
    static readonly JsonFormatter Indented = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(true).WithIndentation("  "));
    static readonly JsonFormatter Compact = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(true));

    public static string Json(IMessage message, bool indented) => (indented ? Indented : Compact).Format(message);

    /// <summary>Table: every sheet. CSV: the first sheet, the response's natural items (the rest are summaries of it).</summary>
    public static void Print(OutputFormat format, IMessage response, Func<IReadOnlyList<Sheet>> sheets, TextWriter output, IAnsiConsole console)
    {
        switch (format)
        {
            case OutputFormat.Json:
                output.WriteLine(Json(response, indented: true));
                break;
            case OutputFormat.Csv:
                CsvWriter.Write(output, sheets()[0]);
                break;
            default:
                TableWriter.Write(console, sheets());
                break;
        }
    }
}
