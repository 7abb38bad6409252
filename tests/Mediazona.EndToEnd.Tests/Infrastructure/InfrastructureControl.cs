using System.Diagnostics;

namespace Mediazona.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Stops and starts PostgreSQL, RabbitMQ or Redis of the test environment through deploy/local/infra.sh
/// (MZ_TEST_INFRA_ENV=run points the fault tests at up.sh's infrastructure instead).
/// </summary>
static class InfrastructureControl
{
    static string Environment => System.Environment.GetEnvironmentVariable("MZ_TEST_INFRA_ENV") is { Length: > 0 } name ? name : "test";

    public static Task StopAsync(string component) => RunAsync("stop-one", component);

    public static Task StartAsync(string component) => RunAsync("start-one", component);

    public static Task AddVirtualHostAsync(string name) => RunAsync("vhost-add", name);

    public static Task DeleteVirtualHostAsync(string name) => RunAsync("vhost-delete", name);

    static async Task RunAsync(string action, string component)
    {
        var script = Path.Combine(TestEnvironment.RepositoryRoot(), "deploy", "local", "infra.sh");
        var start = new ProcessStartInfo("bash", [script, action, component, Environment])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"infra.sh {action} {component} failed ({process.ExitCode}): {await output}{await errors}");
    }
}
