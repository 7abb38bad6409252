using Mediazona.Client;

namespace Mediazona.Contracts.Statistics.V1;

// Every statistics answer carries data_version (a test checks that none is missing here).
public sealed partial class GetSummaryResponse : IDataVersioned { }
public sealed partial class GetMonthlyIntakeResponse : IDataVersioned { }
public sealed partial class GetArticleBreakdownResponse : IDataVersioned { }
public sealed partial class GetSentenceStatsResponse : IDataVersioned { }
public sealed partial class GetCourtBreakdownResponse : IDataVersioned { }
public sealed partial class GetTransparencyResponse : IDataVersioned { }
public sealed partial class ListCasesResponse : IDataVersioned { }
public sealed partial class GetCompletenessResponse : IDataVersioned { }
public sealed partial class VerifyReceiptResponse : IDataVersioned { }
public sealed partial class GetReceiptResponse : IDataVersioned { }
public sealed partial class ListChangesResponse : IDataVersioned { }
