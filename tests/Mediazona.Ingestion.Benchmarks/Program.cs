using BenchmarkDotNet.Running;
using Mediazona.Ingestion.Benchmarks;

// parser: BenchmarkDotNet over the card parser; parser-cpu: CPU time per page; store [cases] [batch]: timed store throughput on MZ_TEST_POSTGRES.
if (args.Length > 0 && args[0] == "store")
{
    var total = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20_000;
    var batch = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 500;
    await StoreThroughput.RunAsync(total, batch);
    return;
}
// parser-cpu [pages per round] [rounds]: CPU time per page, steadier than BenchmarkDotNet's wall clock on a shared machine.
if (args.Length > 0 && args[0] == "parser-cpu")
{
    ParserCpuTime.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2000,
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 15);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(ParserBenchmarks).Assembly).Run(args.Length > 0 && args[0] == "parser" ? args[1..] : args);
