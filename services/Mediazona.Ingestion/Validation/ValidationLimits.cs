namespace Mediazona.Ingestion.Validation;

/// <summary>Bounds that keep one record (and so one revision row and one event) a sensible size.</summary>
public static class ValidationLimits
{
    public const int MaxCasesPerRequest = 5000;
    /// <summary>Cards are up to 5 MB each; gRPC's message limit bounds a request anyway.</summary>
    public const int MaxCardsPerRequest = 1000;
    public const int MaxDefendants = 200;
    public const int MaxChargesPerDefendant = 100;
    public const int MaxEvents = 1000;
    public const int MaxActs = 100;
    public const int MaxAnnotations = 1000;

    public const int MaxKeyLength = 64;
    public const int MaxTextLength = 4 * 1024;
    /// <summary>Press-release wording and sentence quotes run longer than a card field.</summary>
    public const int MaxQuoteLength = 64 * 1024;
    /// <summary>Full text of a judicial act.</summary>
    public const int MaxActTextLength = 1024 * 1024;

    /// <summary>The suite covers courts of the Russian Federation, so no earlier date is real.</summary>
    public static readonly DateOnly EarliestDate = new(1991, 1, 1);
}
