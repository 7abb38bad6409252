using Mediazona.Collection.Captcha;
using Mediazona.Contracts.Ingestion.V1;
using Mediazona.Collection.Courts;
using Mediazona.Collection.Publishing;
using Mediazona.Collection.Sources.Sudrf;
using Mediazona.Collection.Storage;
using Microsoft.Extensions.Options;

namespace Mediazona.Collection.Crawling;

/// <summary>
/// One pass over one court: cards owed from earlier runs, then each entry-date window's list (every page) and every card not yet
/// acknowledged by ingestion (or whose decision the list shows changed). The first fault stops the pass with its cause:
/// a captcha, block, outage or unknown page is never read as "no cases".
/// </summary>
public sealed class CourtCrawler(CourtFetcher fetcher, CaptchaGate captcha, CrawlStore store, ICardSink sink, IOptions<CollectionOptions> options, TimeProvider clock, ILogger<CourtCrawler> logger)
{
    CollectionOptions Options => options.Value;

    public async Task<CourtRun> RunAsync(CourtSite court, CrawlScope scope, Func<CrawlStep, Task> report, CancellationToken ct)
    {
        var run = new CourtRun(court.Code);
        var state = await store.StateAsync(court.Code, ct);
        run.Variant = state.Variant;
        run.Captcha = await store.CaptchaAsync(court.Code, ct);

        var owed = await store.RefetchDueAsync(court.Code, clock.GetUtcNow() - Options.RefetchPendingAfter, Options.RefetchPendingPerRun, ct);
        if (owed.Count > 0 && !await FetchCardsAsync(court, owed, run, ct))
            return run;

        foreach (var window in Windows(court, scope, await store.CompletedWindowsAsync(court.Code, ct)))
        {
            var rows = await WalkListAsync(court, window, run, ct);
            if (rows is null)
                return run;
            var cards = rows.Select(r => Card(court, r)).ToList();
            if (!await FetchCardsAsync(court, await store.CardsToFetchAsync(court.Code, cards, ct), run, ct))
                return run;
            if (scope.IsSchedule) // a pass over chosen dates does not line up with the schedule's windows
                await store.CompleteWindowAsync(court.Code, window, rows.Count, ct);
            run.Windows++;
            await report(new CrawlStep(court.Code, window, $"{rows.Count} cases listed", run, false));
        }
        return run;
    }

    IReadOnlyList<EntryWindow> Windows(CourtSite court, CrawlScope scope, IReadOnlySet<DateOnly> done)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (scope.IsSchedule)
            return EntryWindows.ToWalk(Options.BackfillFrom, today, Options.WindowDays, done, Options.RecentDays);
        var to = scope.To is { } end && end < today ? end : today;
        return EntryWindows.ToWalk(scope.From ?? Options.BackfillFrom, to, Options.WindowDays, new HashSet<DateOnly>(), recentDays: 0);
    }

    /// <summary>Every row of a window's list, or null after a fault (set on the run).</summary>
    async Task<List<ListRow>?> WalkListAsync(CourtSite court, EntryWindow window, CourtRun run, CancellationToken ct)
    {
        var query = new SearchQuery(court.Code, window.From, window.To);
        var (first, variant) = await FirstPageAsync(court, query, run, ct);
        if (first is null)
            return run.Fault is null ? [] : null;
        var rows = new List<ListRow>(first.Rows);
        for (var page = 2; page <= first.PageCount; page++)
        {
            var fetched = await FetchListAsync(court, variant, query with { Page = page }, run, ct);
            if (fetched is null)
                return null;
            var added = fetched.Rows.Where(r => !rows.Exists(known => known.CardKey == r.CardKey)).ToList();
            if (added.Count == 0)
                break; // as sudrfscraper does: a page that adds nothing ends the list
            rows.AddRange(added);
        }
        if (first.Total is { } total && total != rows.Count)
            logger.LogWarning("{Court} {From}..{To}: the list says {Total} cases, its pages held {Rows}", court.Code, window.From, window.To, total, rows.Count);
        return rows;
    }

    /// <summary>
    /// Page 1 with the variant that worked before, else each variant in turn: an empty list whose page shows the other
    /// generation, or an ignored query, means the wrong variant. A variant is remembered only once it gave rows.
    /// </summary>
    async Task<(SearchListPage? Page, QueryVariant Variant)> FirstPageAsync(CourtSite court, SearchQuery query, CourtRun run, CancellationToken ct)
    {
        var candidates = run.Variant is { } known ? [known, .. QueryVariants.InTrialOrder.Where(v => v != known)] : QueryVariants.InTrialOrder.ToList();
        PageVerdict? ignored = null;
        QueryVariant? emptyUnsure = null; // an empty page that does not show its generation: believed only if no form gives rows
        foreach (var variant in candidates)
        {
            var page = await SearchAsync(court, variant, query, run, ct);
            switch (page.Verdict.Kind)
            {
                case PageKind.List when SearchListParser.Parse(page.Text) is { } list:
                    if (run.Variant != variant)
                        await store.SetVariantAsync(court.Code, run.Variant = variant, ct);
                    return (list, variant);
                case PageKind.EmptyList when SiteGenerations.Detect(page.Text) is { } shown && shown.IsGenerationB() == variant.IsGenerationB():
                    return (null, variant);
                case PageKind.EmptyList when SiteGenerations.Detect(page.Text) is null:
                    emptyUnsure ??= variant;
                    continue;
                case PageKind.EmptyList or PageKind.QueryIgnored:
                    ignored = page.Verdict;
                    continue;
                case PageKind.List:
                    return await FaultAsync(court, page, run, new PageVerdict(PageKind.Unknown, "a results table the parsers cannot read"), ct);
                default:
                    return await FaultAsync(court, page, run, page.Verdict, ct);
            }
        }
        if (emptyUnsure is { } empty)
            return (null, empty);
        run.Fault = new PageVerdict(PageKind.Unknown, $"no search URL form gave results (last: {ignored?.Cause})");
        return (null, candidates[0]);
    }

    async Task<SearchListPage?> FetchListAsync(CourtSite court, QueryVariant variant, SearchQuery query, CourtRun run, CancellationToken ct)
    {
        var page = await SearchAsync(court, variant, query, run, ct);
        if (page.Verdict.Kind == PageKind.List && SearchListParser.Parse(page.Text) is { } list)
            return list;
        if (page.Verdict.Kind == PageKind.EmptyList)
            return new SearchListPage(run.Variant ?? QueryVariant.A, [], 0, null, null, 1, court.Code); // past the last page
        await FaultAsync(court, page, run, page.Verdict.IsFault ? page.Verdict : new PageVerdict(PageKind.Unknown, "a list page that is not a list"), ct);
        return null;
    }

    /// <summary>
    /// One search page, carrying the court's captcha answer. A captcha page means the answer is missing, wrong or spent: it is
    /// forgotten, the solver asked for a new one (at most a few times in a row without a search getting through) and the search sent again; without a new
    /// answer the page stands, its cause saying how a person can answer.
    /// </summary>
    async Task<FetchedPage> SearchAsync(CourtSite court, QueryVariant variant, SearchQuery query, CourtRun run, CancellationToken ct)
    {
        while (true)
        {
            var page = await fetcher.FetchAsync(SearchUrls.List(court.BaseUrl, variant, query with { Captcha = run.Captcha is { } c ? (c.Answer, c.Id) : null }), ct);
            run.ListPages++;
            if (page.Verdict.Kind != PageKind.Captcha)
            {
                run.CaptchaAnswersInARow = 0; // the answer got a search through: the solver is doing its job
                return page;
            }
            var refused = run.Captcha;
            if (refused is not null)
            {
                await captcha.ForgetAsync(court.Code, refused.Id, ct);
                run.Captcha = null;
            }
            if (run.CaptchaAnswersInARow < Options.CaptchaAnswersInARow && await captcha.SolveAsync(court, variant, ct) is { } solved)
            {
                run.CaptchasSolved++;
                run.CaptchaAnswersInARow++;
                run.Captcha = solved;
                continue;
            }
            var cause = refused is null ? page.Verdict.Cause : $"the court refused the captcha answer the {refused.SolvedBy} gave at {refused.SolvedAt:u} (wrong or expired)";
            return page with { Verdict = new PageVerdict(PageKind.Captcha, $"{cause}; answer it with `mzctl crawl --captcha --court {court.Code}`") };
        }
    }

    /// <summary>Fetches cards and hands them to ingestion in batches; false after a fault (what was fetched so far is recorded).</summary>
    async Task<bool> FetchCardsAsync(CourtSite court, IReadOnlyList<CardRecord> cards, CourtRun run, CancellationToken ct)
    {
        var batch = new List<(CardRecord Card, FetchedPage Page)>();
        foreach (var card in cards)
        {
            var page = await fetcher.FetchAsync(card.Url, ct);
            run.CardsFetched++;
            if (page.Verdict.Kind == PageKind.Card)
            {
                batch.Add((card, page));
                if (batch.Count >= Options.CardsPerImport)
                    await ImportAsync(court, batch, run, ct);
                continue;
            }
            await ImportAsync(court, batch, run, ct);
            if (page.Verdict.Kind is PageKind.Unknown or PageKind.NotFound)
            {
                // One odd card does not stop the court: kept for a person, owed again next run.
                await KeepAsync(court, page, page.Verdict, ct);
                await store.RecordCardsAsync(court.Code, [new CardOutcome(card, page.FetchedAt, false, false, page.Verdict.Kind.ToString(), page.Verdict.Cause)], ct);
                continue;
            }
            await FaultAsync(court, page, run, page.Verdict, ct);
            return false;
        }
        await ImportAsync(court, batch, run, ct);
        return true;
    }

    async Task ImportAsync(CourtSite court, List<(CardRecord Card, FetchedPage Page)> batch, CourtRun run, CancellationToken ct)
    {
        if (batch.Count == 0)
            return;
        var receipts = await sink.ImportAsync(batch.Select(b => new OutgoingCard(b.Page, court.Code)).ToList(), ct);
        var outcomes = batch.Zip(receipts, (b, r) => new CardOutcome(b.Card, b.Page.FetchedAt, r.Acknowledged, r.IsNew, r.Status, r.Reason)).ToList();
        await store.RecordCardsAsync(court.Code, outcomes, ct);
        run.CardsAcknowledged += outcomes.Count(o => o.Acknowledged);
        run.NewCases += outcomes.Count(o => o.IsNew);
        run.Revisions += outcomes.Count(o => o.Status == nameof(RecordStatus.Revision));
        run.Unchanged += outcomes.Count(o => o.Status == nameof(RecordStatus.Unchanged));
        run.Rejected += outcomes.Count(o => o.Status == nameof(RecordStatus.Rejected));
        batch.Clear();
    }

    async Task<(SearchListPage?, QueryVariant)> FaultAsync(CourtSite court, FetchedPage page, CourtRun run, PageVerdict verdict, CancellationToken ct)
    {
        run.Fault = verdict;
        if (verdict.Kind == PageKind.Unknown)
            await KeepAsync(court, page, verdict, ct);
        logger.LogWarning("{Court}: {Kind} at {Url}: {Cause}", court.Code, verdict.Kind, page.Url, verdict.Cause);
        return (null, run.Variant ?? QueryVariant.A);
    }

    Task KeepAsync(CourtSite court, FetchedPage page, PageVerdict verdict, CancellationToken ct) =>
        page.Content.Length == 0 ? Task.CompletedTask
            : store.KeepUnknownPageAsync(court.Code, page.Url, verdict.Cause, page.Content, Options.UnknownPageMaxBytes, Options.UnknownPagesKept, ct);

    static CardRecord Card(CourtSite court, ListRow row) =>
        new(row.CardKey, SearchUrls.Card(court.BaseUrl, row.CardHref), row.CaseNumber, row.EntryDate, row.DecisionDate is not null, row.Decision);
}
