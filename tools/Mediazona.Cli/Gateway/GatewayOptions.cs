using System.CommandLine;
using Grpc.Net.Client;

namespace Mediazona.Cli.Gateway;

/// <summary>--gateway and --api-key: declared once on the root command and recursive, so every command takes them.</summary>
internal sealed class GatewayOptions
{
    public Option<Uri> Address { get; } = new("--gateway")
    {
        Description = "The gateway's gRPC address.",
        DefaultValueFactory = _ => new Uri("http://127.0.0.1:8081"),
        Recursive = true,
        // System.CommandLine has no Uri converter of its own.
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
                return uri;
            result.AddError($"--gateway must be an http:// or https:// address, not '{text}'.");
            return null;
        },
    };

    public Option<string> ApiKey { get; } = new("--api-key")
    {
        Description = "API key: import needs the ingest scope, stats and watch the read scope (default: $MZ_API_KEY, else local-dev-key).",
        // No DefaultValueFactory: help would print the key from the environment.
        Recursive = true,
    };

    public void AddTo(RootCommand root)
    {
        root.Add(Address);
        root.Add(ApiKey);
    }

    public string Key(ParseResult parse) =>
        parse.GetValue(ApiKey) ?? (Environment.GetEnvironmentVariable("MZ_API_KEY") is { Length: > 0 } key ? key : "local-dev-key");

    public GrpcChannel Open(ParseResult parse) => GatewayChannel.Open(parse.GetRequiredValue(Address), Key(parse));
}
