using System.Text.RegularExpressions;

namespace Mediazona.Deployment.Tests.Infrastructure;

/// <summary>The parts of a Dockerfile these tests check: instructions with continuation lines joined.</summary>
sealed partial class Dockerfile
{
    public IReadOnlyList<(string Instruction, string Arguments)> Instructions { get; }

    Dockerfile(IReadOnlyList<(string, string)> instructions) => Instructions = instructions;

    public static Dockerfile Load(string relative)
    {
        var joined = Continuation().Replace(Repo.Read(relative), " ");
        var instructions = joined.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' ', 2) is [var i, var a] ? (i.ToUpperInvariant(), a.Trim()) : (l.ToUpperInvariant(), ""))
            .ToList();
        return new Dockerfile(instructions);
    }

    public IEnumerable<string> All(string instruction) => Instructions.Where(i => i.Instruction == instruction).Select(i => i.Arguments);

    /// <summary>The instructions after the last FROM: what the image that runs contains.</summary>
    public Dockerfile FinalStage()
    {
        var last = Instructions.Select((i, n) => (i, n)).Last(x => x.i.Instruction == "FROM").n;
        return new Dockerfile([.. Instructions.Skip(last)]);
    }

    /// <summary>Sources of COPY instructions that copy from the build context (not --from another stage).</summary>
    public IEnumerable<string> ContextCopySources() =>
        All("COPY").Where(a => !a.StartsWith("--from", StringComparison.Ordinal))
            .SelectMany(a => a.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !w.StartsWith("--", StringComparison.Ordinal)).SkipLast(1));

    /// <summary>ENV NAME=value pairs (several per instruction allowed).</summary>
    public IReadOnlyDictionary<string, string> Environment() =>
        All("ENV").SelectMany(a => EnvPair().Matches(a).Select(m => (m.Groups[1].Value, m.Groups[2].Value)))
            .ToDictionary(p => p.Item1, p => p.Item2);

    public IReadOnlySet<int> ExposedPorts() =>
        All("EXPOSE").SelectMany(a => a.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(p => int.Parse(p.Split('/')[0])).ToHashSet();

    [GeneratedRegex(@"\\\r?\n")]
    private static partial Regex Continuation();

    [GeneratedRegex(@"([A-Za-z_][A-Za-z0-9_]*)=(\S*)")]
    private static partial Regex EnvPair();
}
