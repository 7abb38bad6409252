using Spectre.Console;

namespace Mediazona.Cli.Output;

/// <summary>The Spectre.Console that tables are drawn on.</summary>
internal static class Terminal
{
    /// <summary>Standard output: the real terminal, or, when redirected, a plain one.</summary>
    public static IAnsiConsole Stdout() => Console.IsOutputRedirected ? Plain(Console.Out) : AnsiConsole.Console;

    /// <summary>No ANSI codes, no colours, no interaction, and wide enough that no table wraps (files, pipes, tests).</summary>
    public static IAnsiConsole Plain(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 1000;
        return console;
    }
}
