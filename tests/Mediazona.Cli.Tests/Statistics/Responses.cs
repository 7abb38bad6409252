using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Statistics.V1;

namespace Mediazona.Cli.Tests.Statistics;

/// <summary>Responses as the statistics service gives them for a small court (the end-to-end suite's sample).</summary>
static class Responses
{
    public static GetSummaryResponse Summary(long cases = 4) => new()
    {
        AsOf = "2023-04-03",
        Cases = cases,
        Defendants = 5,
        VerdictCases = 2,
        PendingCases = 2,
        ConvictedDefendants = 2,
        KnownSentences = 2,
        SuspendedSentences = 1,
        SuspendedShare = 0.5,
        DataVersion = 1234,
        ByCategory = { new CategoryCount { Category = Category.Awol, Cases = 2, Defendants = 2 } },
        ByArticle = { new ArticleCount { Article = "337", Cases = 2, Defendants = 2 }, new ArticleCount { Article = "332", Cases = 1, Defendants = 2 } },
    };

    public static GetMonthlyIntakeResponse Monthly() => new()
    {
        AsOf = "2023-04-03",
        Months =
        {
            new MonthFigure { Month = "2023-01", CasesReceived = 1 },
            new MonthFigure { Month = "2023-02", CasesReceived = 1, Verdicts = 1 },
            new MonthFigure { Month = "2023-03", CasesReceived = 2, Verdicts = 1, Record = true },
        },
        RecordMonth = "2023-03",
        DataVersion = 7,
    };

    public static GetArticleBreakdownResponse Articles() => new()
    {
        AsOf = "2023-04-03",
        Articles =
        {
            new ArticleBreakdown
            {
                Article = "337",
                Category = Category.Awol,
                Totals = new PartFigure { Cases = 2, Defendants = 2, VerdictCases = 2, ConvictedDefendants = 2 },
                Parts =
                {
                    new PartFigure { Part = "3.1", Cases = 1, Defendants = 1, VerdictCases = 1, ConvictedDefendants = 1 },
                    new PartFigure { Part = "5", Cases = 2, Defendants = 2, VerdictCases = 2, ConvictedDefendants = 2 },
                },
            },
            new ArticleBreakdown { Article = "332", Category = Category.Disobedience, Parts = { new PartFigure { Part = "2.1", Cases = 1, Defendants = 2 } } },
        },
    };

    public static GetSentenceStatsResponse Sentences() => new()
    {
        AsOf = "2023-04-03",
        Articles =
        {
            new ArticleSentences
            {
                Article = "337",
                ConvictedDefendants = 2,
                KnownSentences = 2,
                ByKind = { new KindCount { Kind = PunishmentKind.Imprisonment, Defendants = 1 }, new KindCount { Kind = PunishmentKind.Suspended, Defendants = 1 } },
                SuspendedShare = 0.5,
                RealTerms = new TermStats
                {
                    Count = 1, MinMonths = 84, MedianMonths = 84, P90Months = 84, MaxMonths = 84,
                    MaxCourtCode = "97GV0001", MaxCourtName = "Тестовый, гарнизонный", MaxCaseNumber = "1-3/2023",
                    Histogram = { new HistogramBucket { FromMonths = 72, ToMonths = 84, Count = 0 }, new HistogramBucket { FromMonths = 84, ToMonths = 96, Count = 1 } },
                },
                SuspendedTerms = new TermStats
                {
                    Count = 3, MinMonths = 12, MedianMonths = 30.5, P90Months = 121.2, MaxMonths = 130,
                    Histogram = { new HistogramBucket { FromMonths = 12, ToMonths = 24, Count = 1 }, new HistogramBucket { FromMonths = 120, Count = 2 } },
                },
            },
            new ArticleSentences { Article = "338", ConvictedDefendants = 1 },
        },
    };

    public static GetCourtBreakdownResponse Courts() => new()
    {
        AsOf = "2023-04-03",
        Courts =
        {
            new CourtFigure
            {
                CourtCode = "97GV0001", CourtName = "Тестовый гарнизонный военный суд", Cases = 4, Defendants = 5, VerdictCases = 2,
                ConvictedDefendants = 2, KnownSentences = 2, SuspendedSentences = 1, SuspendedShare = 0.5, LongestRealMonths = 84, LongestSuspendedMonths = 60,
            },
            new CourtFigure
            {
                CourtCode = "97GV0002", Cases = 1234, Defendants = 1300, VerdictCases = 1000, ConvictedDefendants = 990,
                KnownSentences = 6, SuspendedSentences = 5, SuspendedShare = 5.0 / 6, LongestRealMonths = 120, LongestSuspendedMonths = 36,
            },
        },
        DataVersion = 9,
    };

    public static GetTransparencyResponse Transparency() => new()
    {
        AsOf = "2023-04-03",
        Totals = new TransparencyFigure
        {
            VerdictCases = 3, PublishedVerdictCases = 1, PublishedShare = 1.0 / 3, KnownSentences = 3,
            BySource = { new SourceCount { Source = FactSource.Card, Sentences = 1 }, new SourceCount { Source = FactSource.PressRelease, Sentences = 2 } },
        },
        Courts =
        {
            new CourtTransparency
            {
                CourtCode = "97GV0001", CourtName = "Тестовый гарнизонный военный суд",
                Figure = new TransparencyFigure { VerdictCases = 2, KnownSentences = 2, BySource = { new SourceCount { Source = FactSource.PressRelease, Sentences = 2 } } },
            },
            new CourtTransparency
            {
                CourtCode = "97GV0002",
                Figure = new TransparencyFigure { VerdictCases = 1, PublishedVerdictCases = 1, PublishedShare = 1, KnownSentences = 1, BySource = { new SourceCount { Source = FactSource.Card, Sentences = 1 } } },
            },
        },
    };

    public static CaseTableRow Row(string caseNumber, int ordinal = 1) => new()
    {
        CaseId = "c-" + caseNumber,
        CourtCode = "97GV0001",
        CourtName = "Тестовый гарнизонный военный суд",
        CaseNumber = caseNumber,
        EntryDate = "2023-03-01",
        DecisionDate = "2023-03-20",
        Outcome = Outcome.Verdict,
        DefendantOrdinal = ordinal,
        Convicted = true,
        Charges = "337 ч.3.1; 337 ч.5",
        PrimaryCategory = Category.Awol,
        PunishmentKind = PunishmentKind.Imprisonment,
        TermMonths = 84,
        PunishmentSource = FactSource.PressRelease,
    };
}
