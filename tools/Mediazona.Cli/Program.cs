using System.CommandLine;
using Mediazona.Cli;

// mzctl: the suite's command-line client. Commands:
//   import PATH... : card pages (.html/.htm, folders) and structured cases (.ndjson) into ingestion through the gateway.
var paths = new Argument<string[]>("paths")
{
    Description = "Card pages (.html, .htm), folders searched recursively for them, or .ndjson files of CourtCase JSON (one per line).",
    Arity = ArgumentArity.OneOrMore,
};
var gateway = new Option<Uri>("--gateway")
{
    Description = "The gateway's gRPC address.",
    DefaultValueFactory = _ => new Uri("http://127.0.0.1:8081"),
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
var apiKey = new Option<string>("--api-key")
{
    Description = "API key with the ingest scope (default: $MZ_API_KEY, else local-dev-key).",
    DefaultValueFactory = _ => Environment.GetEnvironmentVariable("MZ_API_KEY") is { Length: > 0 } key ? key : "local-dev-key",
};
var batch = new Option<int>("--batch")
{
    Description = "Records per request.",
    DefaultValueFactory = _ => 200,
};
batch.Validators.Add(result =>
{
    if (result.GetValueOrDefault<int>() is < 1 or > 1000)
        result.AddError("--batch must be between 1 and 1000 (ingestion takes at most 1000 records per request).");
});

var import = new Command("import", "Import court card pages and structured cases through the gateway; re-running is harmless (UNCHANGED).")
{
    paths, gateway, apiKey, batch,
};
import.SetAction((parse, cancellationToken) => ImportCommand.RunAsync(
    parse.GetRequiredValue(paths), parse.GetRequiredValue(gateway), parse.GetRequiredValue(apiKey), parse.GetValue(batch), cancellationToken));

var root = new RootCommand("mzctl: command-line client for MediazonaSuite.") { import };
return await root.Parse(args).InvokeAsync();
