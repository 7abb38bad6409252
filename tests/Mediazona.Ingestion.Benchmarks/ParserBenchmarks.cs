using BenchmarkDotNet.Attributes;
using Mediazona.Ingestion.Sources.Sudrf;

namespace Mediazona.Ingestion.Benchmarks;

/// <summary>One card page parsed per operation, on one thread: pages/s = 1 s / mean.</summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    byte[] oldLayout = [];
    byte[] newLayout = [];
    byte[] captcha = [];
    byte[] saved = [];
    readonly CardSource source = new("https://kursky-gvs.krs.sudrf.ru/modules.php?name=sud_delo&case_id=1");

    [GlobalSetup]
    public void Setup()
    {
        oldLayout = Fixtures.Bytes("old-layout-verdict-cp1251.html");
        newLayout = Fixtures.Bytes("new-layout-verdict-act-utf8.html");
        captcha = Fixtures.Bytes("captcha.html");
        saved = Fixtures.Bytes("old-layout-dismissed-saved-utf8-meta-windows-1251.html");
    }

    [Benchmark(Baseline = true, Description = "old layout, windows-1251, with act")]
    public ParsedCard OldLayout() => CardParser.Parse(oldLayout, source);

    [Benchmark(Description = "new layout, UTF-8, with act")]
    public ParsedCard NewLayout() => CardParser.Parse(newLayout, source);

    [Benchmark(Description = "old layout saved as UTF-8 under a windows-1251 meta")]
    public ParsedCard SavedOldLayout() => CardParser.Parse(saved, source);

    [Benchmark(Description = "captcha page (rejected)")]
    public ParsedCard Captcha() => CardParser.Parse(captcha, source);
}

static class Fixtures
{
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "fixtures", "cards", name));
}
