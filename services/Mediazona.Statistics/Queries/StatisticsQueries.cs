using Npgsql;

namespace Mediazona.Statistics.Queries;

/// <summary>Every query of the service over one data source (one registration, one constructor argument).</summary>
public sealed class StatisticsQueries(NpgsqlDataSource dataSource)
{
    public DataVersionQuery Version { get; } = new(dataSource);
    public SummaryQuery Summary { get; } = new(dataSource);
    public MonthlyIntakeQuery Monthly { get; } = new(dataSource);
    public ArticleBreakdownQuery Articles { get; } = new(dataSource);
    public SentenceStatsQuery Sentences { get; } = new(dataSource);
    public CourtBreakdownQuery Courts { get; } = new(dataSource);
    public TransparencyQuery Transparency { get; } = new(dataSource);
    public CaseTableQuery CaseTable { get; } = new(dataSource);
    public Releases.ReleaseQuery Release { get; } = new(dataSource);
    public Completeness.CompletenessQuery Completeness { get; } = new(dataSource);
    public Receipts.ReceiptQuery Receipts { get; } = new(dataSource);
    public Changes.ChangesQuery Changes { get; } = new(dataSource);
}
