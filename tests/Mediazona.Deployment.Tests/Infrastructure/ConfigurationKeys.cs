namespace Mediazona.Deployment.Tests.Infrastructure;

/// <summary>
/// Whether an environment variable set by a deployment file is a configuration key the code reads. ASP.NET Core
/// maps A__B__C to A:B:C; the code names a key either whole ("Ports:Grpc"), as a connection string name
/// (GetConnectionString("Postgres") ↔ ConnectionStrings__Postgres), or as a section plus a child read in a
/// loop (Services + "Ingestion"). Runtime and framework variables are not the code's keys.
/// </summary>
static class ConfigurationKeys
{
    static readonly string[] FrameworkPrefixes = ["DOTNET_", "ASPNETCORE_", "OTEL_", "Logging__"];

    public static bool IsFramework(string variable) => FrameworkPrefixes.Any(p => variable.StartsWith(p, StringComparison.Ordinal));

    public static bool IsRead(string variable, IReadOnlySet<string> literals)
    {
        var segments = variable.Split("__");
        var key = string.Join(':', segments);
        if (literals.Contains(key))
            return true;
        if (segments is ["ConnectionStrings", var name])
            return literals.Contains(name) || literals.Contains($"ConnectionStrings:{name}");
        // Per-name children of a section read in a loop: Auth__Keys__<name>__Sha256 → "Auth:Keys" and "Sha256".
        for (var i = segments.Length - 1; i > 0; i--)
        {
            var section = string.Join(':', segments[..i]);
            if ((literals.Contains(section) || literals.Contains(segments[i - 1])) && literals.Contains(segments[^1]))
                return true;
        }
        return false;
    }
}
