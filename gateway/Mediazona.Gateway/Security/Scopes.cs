namespace Mediazona.Gateway.Security;

/// <summary>What a caller may do. Admin implies the others; ingest does not imply read (a feeder needs no figures).</summary>
[Flags]
public enum Scopes
{
    None = 0,
    Read = 1,
    Ingest = 2,
    Admin = 4,
}

public static class ScopeNames
{
    /// <summary>Parses "read ingest", "read,admin"... (space, comma or semicolon separated); unknown words are errors.</summary>
    public static Scopes Parse(string? text, string where)
    {
        var scopes = Scopes.None;
        foreach (var word in (text ?? "").Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            scopes |= word.ToLowerInvariant() switch
            {
                "read" => Scopes.Read,
                "ingest" => Scopes.Ingest,
                "admin" => Scopes.Admin,
                _ => throw new InvalidOperationException($"{where}: unknown scope '{word}' (read, ingest, admin)."),
            };
        }
        return scopes;
    }

    /// <summary>Scopes from a JWT "scope"/"scp" claim: unknown words are ignored there (tokens carry other APIs' scopes too).</summary>
    public static Scopes FromClaim(IEnumerable<string> values) =>
        values.SelectMany(v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Aggregate(Scopes.None, (all, word) => all | word.ToLowerInvariant() switch
            {
                "read" => Scopes.Read,
                "ingest" => Scopes.Ingest,
                "admin" => Scopes.Admin,
                _ => Scopes.None,
            });

    public static bool Grants(this Scopes held, Scopes required) =>
        held.HasFlag(Scopes.Admin) || (held & required) == required;
}
