using System.Diagnostics;
using System.Globalization;
using Mediazona.Ingestion.Sources.Sudrf;

namespace Mediazona.Ingestion.Benchmarks;

/// <summary>
/// Parser cost as CPU time per page (the process's processor time, GC included), best of several rounds: on a shared,
/// loaded machine wall-clock means swing by 2× between runs, while the CPU a page costs stays within a few per cent.
/// </summary>
static class ParserCpuTime
{
    static readonly string[] Pages =
        ["old-layout-verdict-cp1251.html", "new-layout-verdict-act-utf8.html", "old-layout-dismissed-saved-utf8-meta-windows-1251.html", "captcha.html"];

    public static void Run(int pagesPerRound, int rounds)
    {
        var source = new CardSource("https://kursky-gvs.krs.sudrf.ru/modules.php?name=sud_delo&case_id=1");
        using var process = Process.GetCurrentProcess();
        Console.WriteLine("| page | CPU µs/page (best) | CPU µs/page (median) | pages/s per core (best) | allocated KB/page |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var name in Pages)
        {
            var bytes = Fixtures.Bytes(name);
            for (var i = 0; i < pagesPerRound; i++)
                CardParser.Parse(bytes, source); // warm-up: tiered JIT, the thread's parser
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < pagesPerRound; i++)
                CardParser.Parse(bytes, source);
            var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / 1024.0 / pagesPerRound; // the mean: one page's count varies
            var perPage = new List<double>(rounds);
            for (var round = 0; round < rounds; round++)
            {
                GC.Collect();
                process.Refresh();
                var before = process.TotalProcessorTime;
                for (var i = 0; i < pagesPerRound; i++)
                    CardParser.Parse(bytes, source);
                process.Refresh();
                perPage.Add((process.TotalProcessorTime - before).TotalMicroseconds / pagesPerRound);
            }
            perPage.Sort();
            var best = perPage[0];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {best:F1} | {perPage[perPage.Count / 2]:F1} | {1e6 / best:F0} | {allocated:F1} |"));
        }
    }
}
