namespace Mediazona.EndToEnd.Tests.Infrastructure;

/// <summary>Where the real infrastructure started by deploy/local/test.sh listens.</summary>
static class TestEnvironment
{
    public static string Postgres => Required("MZ_TEST_POSTGRES");
    public static string RabbitMq => Required("MZ_TEST_RABBITMQ");
    public static string Redis => Required("MZ_TEST_REDIS");

    static string Required(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{name} is not set: run the tests with ./deploy/local/test.sh, which starts PostgreSQL, RabbitMQ and Redis");

    /// <summary>The repository root: the folder holding MediazonaSuite.sln above the test binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MediazonaSuite.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("MediazonaSuite.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Release or Debug: whichever configuration built these tests.</summary>
    public static string BuildConfiguration() =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
