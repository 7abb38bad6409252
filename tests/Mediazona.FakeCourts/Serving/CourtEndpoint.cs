using Mediazona.FakeCourts.Pages;
using Mediazona.FakeCourts.Truth;
using Microsoft.AspNetCore.Http;

namespace Mediazona.FakeCourts.Serving;

/// <summary>One court's /modules.php: its faults first (in the order a real site would show them), then search, form or card.</summary>
sealed class CourtEndpoint(FakeCourt court, FakeSiteOptions options, RequestLog log, TimeProvider clock, CaptchaDesk? captcha)
{
    readonly Dictionary<long, FakeCase> _cards = court.Cases.ToDictionary(c => c.CardId);
    int _requests;

    public async Task HandleAsync(HttpContext context)
    {
        var started = clock.GetUtcNow();
        var number = Interlocked.Increment(ref _requests);
        var query = new SudrfQuery(context.Request.QueryString.Value);
        var userAgent = context.Request.Headers.UserAgent.ToString();
        var (status, kind, html) = Answer(query, number, userAgent);
        try
        {
            if (court.Profile.Slow)
                await Task.Delay(options.SlowAnswer, context.RequestAborted);
            context.Response.StatusCode = status;
            context.Response.ContentType = "text/html; charset=windows-1251";
            if (status == StatusCodes.Status503ServiceUnavailable)
                context.Response.Headers.RetryAfter = "1";
            await context.Response.Body.WriteAsync(SudrfQuery.Windows1251.GetBytes(html), context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            (status, kind) = (499, "aborted by the client"); // a client that gave up still knocked: politeness counts it
        }
        finally
        {
            log.Add(new LoggedRequest(court.Code, started, clock.GetUtcNow(), context.Request.Path + context.Request.QueryString, status, kind, userAgent));
        }
    }

    (int Status, string Kind, string Html) Answer(SudrfQuery query, int number, string userAgent)
    {
        if (court.GenerationB && !userAgent.Contains("Mozilla/", StringComparison.Ordinal))
            return (403, "not-a-browser", ServicePages.NotABrowser());
        if (court.Profile.Blocked)
            return (200, "blocked", ServicePages.Blocked(court));
        if (court.Profile.ModuleOff)
            return (200, "module-off", ServicePages.ModuleOff(court));
        if (number <= court.Profile.MaintenanceFirstRequests)
            return (200, "maintenance", ServicePages.Maintenance(court));
        if (court.Profile.Every503 > 0 && number % court.Profile.Every503 == 0)
            return (503, "503", ServicePages.Unavailable503());
        return query["name_op"] switch
        {
            "sf" when captcha is not null => CaptchaForm(captcha),
            "sf" => (200, "form", ServicePages.SearchForm(court)),
            "r" when captcha is not null && !captcha.Admits(query["captchaid"], query["captcha"]) => (200, "captcha-refused", ServicePages.CaptchaRefused(court)),
            "r" when court.Profile.LayoutChanged => (200, "new-layout", ServicePages.UnknownResults(court)),
            "r" => Search(query),
            "case" => Card(query),
            _ => (200, "not-found", ServicePages.NotFound(court)),
        };
    }

    (int, string, string) CaptchaForm(CaptchaDesk desk)
    {
        var (id, answer) = desk.Issue();
        return (200, "captcha-form", ServicePages.CaptchaForm(court, id, CaptchaImage.Png(answer)));
    }

    (int, string, string) Search(SudrfQuery query)
    {
        var askedB = query.Has("_deloId");
        if (!court.GenerationB && askedB && !query.Has("delo_id"))
            return (200, "calendar", ServicePages.Calendar(court, options.Until));
        if (court.GenerationB && !askedB) // an A-style query to a B court is silently ignored
            return (200, "no-results", court.Profile.BareEmptyPage ? ServicePages.BareNoResults() : ServicePages.NoResults(court));
        if (!court.GenerationB && query.Has("vnkod") && query["vnkod"].Length == 0)
            return (200, "form", ServicePages.SearchForm(court)); // an empty vnkod= brings back the form, not results
        var complete = court.GenerationB
            ? query["_deloId"] == "1540006" && query["case__vnkod"] == court.Code
            : query["delo_id"] == "1540006" && query["case_type"] == "0" && query["new"] == "0" && query["delo_table"] == "u1_case";
        if (!complete)
            return (200, "no-results", ServicePages.NoResults(court)); // a malformed query looks exactly like an empty one
        var from = query.Date(court.GenerationB ? "case__entry_date1d" : "u1_case__ENTRY_DATE1D");
        var to = query.Date(court.GenerationB ? "case__entry_date2d" : "u1_case__ENTRY_DATE2D");
        var article = query[court.GenerationB ? "parts__law_articless" : "U1_DEFENDANT__LAW_ARTICLESS"];
        var found = court.Cases
            .Where(c => (from is null || c.EntryDate >= from) && (to is null || c.EntryDate <= to))
            .Where(c => article.Length == 0 || c.Defendants.Any(d => ArticleFilter.Matches(d.Charges, article)))
            .ToList();
        var page = query.Page(court.GenerationB ? "_page" : "page");
        var pageSize = court.GenerationB ? ListPageB.PageSize : ListPageA.PageSize;
        if (found.Count == 0 || (page - 1) * pageSize >= found.Count)
            return (200, "no-results", ServicePages.NoResults(court));
        var echo = Echo(query);
        return (200, "list", court.GenerationB ? ListPageB.Render(court, found, page, echo) : ListPageA.Render(court, found, page, echo));
    }

    (int, string, string) Card(SudrfQuery query)
    {
        var id = court.GenerationB ? query["_id"] : query["case_id"];
        return long.TryParse(id, out var cardId) && _cards.TryGetValue(cardId, out var c)
            ? (200, "card", CardPages.Render(court, c))
            : (200, "not-found", ServicePages.NotFound(court));
    }

    /// <summary>The request's own non-empty parameters, re-encoded, minus those the paging link writes itself.</summary>
    static string Echo(SudrfQuery query) => string.Join('&', query.Pairs
        .Where(p => p.Value.Length > 0 && p.Name is not ("name" or "srv_num" or "name_op" or "page" or "_page" or "vnkod"))
        .Select(p => $"{p.Name}={System.Web.HttpUtility.UrlEncode(p.Value, SudrfQuery.Windows1251)}"));
}
