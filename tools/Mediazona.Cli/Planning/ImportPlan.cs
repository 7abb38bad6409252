using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Cli.Planning;

/// <summary>A card page to send: its bytes are read only when its batch is sent, so a large import is not held in memory.</summary>
internal sealed record CardFile(string Path, string SourceUrl);

/// <summary>One request's worth of records.</summary>
internal abstract record ImportBatch(int Number)
{
    public abstract int Count { get; }
    public abstract string Kind { get; }
}

internal sealed record CardBatch(int Number, IReadOnlyList<CardFile> Cards) : ImportBatch(Number)
{
    public override int Count => Cards.Count;
    public override string Kind => "cards";
}

internal sealed record CaseBatch(int Number, IReadOnlyList<CourtCase> Cases) : ImportBatch(Number)
{
    public override int Count => Cases.Count;
    public override string Kind => "cases";
}

/// <summary>Something wrong with the input, found before anything is sent. Line is 1-based, 0 when the whole path is at fault.</summary>
internal sealed record PlanProblem(string Path, int Line, string Message, bool Fatal = false)
{
    public override string ToString() => Line > 0 ? $"{Path}:{Line}: {Message}" : $"{Path}: {Message}";
}

internal sealed record ImportPlan(IReadOnlyList<ImportBatch> Batches, IReadOnlyList<PlanProblem> Problems)
{
    public int Records => Batches.Sum(b => b.Count);
    public bool HasFatalProblems => Problems.Any(p => p.Fatal);
}
