using BenchmarkDotNet.Running;
using Mediazona.Classification.Benchmarks;

// BenchmarkDotNet: dotnet run -c Release --project tests/Mediazona.Classification.Benchmarks -- --filter '*' [--job short --inProcess]
// A quick look without BenchmarkDotNet: ... -- --quick
if (args.Contains("--quick"))
    QuickRun.Run();
else
    BenchmarkSwitcher.FromAssembly(typeof(ClassifyBenchmarks).Assembly).Run(args);
