namespace Mediazona.FakeCourts;

/// <summary>
/// dotnet run --project tests/Mediazona.FakeCourts -- --port 8090 --courts 20 [--seed 16] [--cases 700]
/// (a named class rather than top-level statements, so its Program does not collide with a service's in the tests).
/// </summary>
public static class FakeCourtsProgram
{
    public static async Task Main(string[] args)
    {
        var options = FakeSiteOptions.FromArgs(args);
        await using var site = await FakeCourtSite.StartAsync(options);
        foreach (var court in site.Courts)
            Console.WriteLine($"{court.Code}\t{court.Profile.Name}\t{court.Cases.Count} cases\t{site.BaseUrl(court.Code)}");
        Console.WriteLine($"truth: {new Uri(site.Root, "truth.json")}   (Ctrl+C stops)");
        // Ctrl+C, and SIGTERM from a supervisor or `timeout`, stop the site (the runtime would otherwise keep waiting here).
        var stop = new TaskCompletionSource();
        using var interrupt = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, Stop);
        using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, Stop);
        await stop.Task;

        void Stop(System.Runtime.InteropServices.PosixSignalContext signal)
        {
            signal.Cancel = true;
            stop.TrySetResult();
        }
    }
}
