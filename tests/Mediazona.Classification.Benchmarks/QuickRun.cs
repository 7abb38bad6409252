using System.Diagnostics;

namespace Mediazona.Classification.Benchmarks;

/// <summary>A rough single-threaded throughput print (cases/s, defendants/s, acts/s); BenchmarkDotNet gives the careful figures.</summary>
static class QuickRun
{
    public static void Run()
    {
        var bench = new ClassifyBenchmarks();
        bench.Setup();
        var (cards, withActs, acts) = bench.Counts;
        Measure("cards only (charges + outcomes)", cards.Cases, cards.Defendants, bench.CardsOnly);
        Measure("cases with verdict text", withActs.Cases, withActs.Defendants, bench.CasesWithActs);
        Measure("sentence extraction (acts)", acts, 0, bench.SentenceExtraction);
        Measure("charge parsing (lists)", bench.ChargeLists, 0, bench.ChargeParsing);
    }

    static void Measure(string name, int cases, int defendants, Func<int> run)
    {
        for (var i = 0; i < 20; i++)
            run();
        var rounds = 0;
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(3))
        {
            run();
            rounds++;
        }
        var seconds = watch.Elapsed.TotalSeconds;
        process.Refresh();
        // Per CPU-second too: on a shared machine the wall clock also counts time the thread waited for a core.
        var cpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        Console.WriteLine($"{name,-34} {cases * rounds / seconds,10:N0} cases/s {(defendants > 0 ? $"{defendants * rounds / seconds,10:N0} defendants/s " : "")}{cases * rounds / cpuSeconds,10:N0} per CPU-second");
    }
}
