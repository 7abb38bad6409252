using Mediazona.Ingestion.Sources.Sudrf;

namespace Mediazona.Ingestion.Tests.Support;

/// <summary>The suite's card pages under tests/fixtures/cards (copied next to the test assembly).</summary>
static class CardFixtures
{
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "fixtures", "cards");

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Folder, name));

    public static ParsedCard Parse(string name, string sourceUrl = "", string? contentType = null, string? courtCode = null) =>
        CardParser.Parse(Bytes(name), new CardSource(sourceUrl, contentType, courtCode));

    public static IEnumerable<string> All() => Directory.EnumerateFiles(Folder).Select(Path.GetFileName).OfType<string>().Order();
}
