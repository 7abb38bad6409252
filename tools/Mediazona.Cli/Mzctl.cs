using System.CommandLine;
using Mediazona.Cli.Gateway;

namespace Mediazona.Cli;

/// <summary>mzctl's commands; --gateway and --api-key are the root's and every command takes them.</summary>
internal static class Mzctl
{
    public static RootCommand Create()
    {
        var gateway = new GatewayOptions();
        var root = new RootCommand("mzctl: command-line client for MediazonaSuite.")
        {
            // import PATH...: card pages and structured cases into ingestion.
            ImportCommand.Create(gateway),
            // stats summary|monthly|articles|sentences|courts|transparency|cases: the statistics queries.
            StatsCommand.Create(gateway),
            // watch: the summary, again each time new data lands.
            WatchCommand.Create(gateway),
            // crawl: one collection pass now, with progress and a table per court.
            Collection.CrawlCommand.Create(gateway),
            // courts: every military court with its collection health.
            Collection.CourtsCommand.Create(gateway),
            // release: a data release (Parquet, CSV, codebook, manifest), and the delta from an earlier one.
            Releases.ReleaseCommand.Create(gateway),
            // verify RECEIPT: a statistics answer's figure asked again on today's data.
            Releases.VerifyCommand.Create(gateway),
            // changes --since DATE|VERSION: the changelog.
            Releases.ChangesCommand.Create(gateway),
        };
        gateway.AddTo(root);
        return root;
    }
}
