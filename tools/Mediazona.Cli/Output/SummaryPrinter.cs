using Mediazona.Cli.Importing;
using Mediazona.Cli.Planning;

namespace Mediazona.Cli.Output;

/// <summary>The closing report: problems found in the input, counts per result and the most common rejection reasons.</summary>
internal static class SummaryPrinter
{
    public static void Print(TextWriter output, ImportPlan plan, ImportSummary summary)
    {
        output.WriteLine($"NEW        {summary.New}");
        output.WriteLine($"REVISION   {summary.Revision}");
        output.WriteLine($"UNCHANGED  {summary.Unchanged}");
        output.WriteLine($"REJECTED   {summary.Rejected}");
        foreach (var (reason, count) in summary.TopReasons(5))
            output.WriteLine($"  {count,6}  {reason}");
        if (plan.Problems.Count > 0)
            output.WriteLine($"NOT SENT   {plan.Problems.Count} (problems in the input, listed above)");
        if (summary.Retries > 0)
            output.WriteLine($"retries    {summary.Retries}");
        if (summary.Failure is not null)
            output.WriteLine($"FAILED: {summary.Failure}; {plan.Records - summary.Sent} of {plan.Records} records not acknowledged");
    }
}
