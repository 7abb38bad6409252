using BenchmarkDotNet.Running;
using Mediazona.Ingestion.Benchmarks;

// parser: BenchmarkDotNet over the card parser; store [cases] [batch]: timed store throughput on MZ_TEST_POSTGRES.
if (args.Length > 0 && args[0] == "store")
{
    var total = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20_000;
    var batch = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 500;
    await StoreThroughput.RunAsync(total, batch);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(ParserBenchmarks).Assembly).Run(args.Length > 0 && args[0] == "parser" ? args[1..] : args);
