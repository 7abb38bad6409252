using Mediazona.Courts.Registry;

namespace Mediazona.Cli.Importing;

/// <summary>mzctl import --court: the code sent with every card page, checked for shape and looked up in the registry.</summary>
internal static class ImportCourt
{
    public const string Missing = "";

    /// <summary>The code as sent, or null when the text is not shaped like a court code.</summary>
    public static string? Parse(string? text) => string.IsNullOrWhiteSpace(text) ? Missing : CourtCodes.Normalise(text);

    /// <summary>What the user should know about the code before the import starts.</summary>
    public static string? Note(string code, CourtRegistry registry) => code.Length == 0
        ? null
        : registry.ByCode(code) is { } court
            ? $"--court {code} ({court.Name}) is sent with every page and wins over a page's own code."
            : $"--court {code} is not in the court registry ({registry.Version}): every page is stored under it as given.";
}
