namespace Mediazona.Statistics.Tests.Infrastructure;

/// <summary>Connection settings passed by deploy/local/test.sh. Missing ones fail the test: never a silent skip.</summary>
static class TestEnvironment
{
    public static string Postgres => Require("MZ_TEST_POSTGRES", "Host=127.0.0.1;Port=45432;Username=postgres");
    public static string Redis => Require("MZ_TEST_REDIS", "127.0.0.1:46379");

    static string Require(string name, string example) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{name} is not set: this integration test needs the real service. Run deploy/local/test.sh, or export {name}=\"{example}\".");
}
