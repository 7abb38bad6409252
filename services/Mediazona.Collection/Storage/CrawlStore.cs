using System.Security.Cryptography;
using Mediazona.Collection.Sources.Sudrf;
using Npgsql;

namespace Mediazona.Collection.Storage;

/// <summary>The collector's state in its own PostgreSQL database: courts, windows done, cards owed, leases, unknown pages.</summary>
public sealed class CrawlStore(NpgsqlDataSource db, TimeProvider clock)
{
    public async Task EnsureCourtsAsync(IEnumerable<string> codes, CancellationToken ct)
    {
        await using var command = db.CreateCommand("insert into courts(code) select unnest($1::text[]) on conflict do nothing");
        command.Parameters.AddWithValue(codes.ToArray());
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Takes the court for <paramref name="owner"/> unless another replica holds an unexpired lease on it.</summary>
    public async Task<bool> TryLeaseAsync(string code, string owner, TimeSpan duration, CancellationToken ct)
    {
        await using var command = db.CreateCommand("""
            update courts set lease_owner = $2, lease_until = $3 + $4
            where code = $1 and (lease_owner is null or lease_owner = $2 or lease_until < $3)
            """);
        command.Parameters.AddWithValue(code);
        command.Parameters.AddWithValue(owner);
        command.Parameters.AddWithValue(clock.GetUtcNow());
        command.Parameters.AddWithValue(duration);
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }

    public async Task ReleaseLeaseAsync(string code, string owner, CancellationToken ct)
    {
        await using var command = db.CreateCommand("update courts set lease_owner = null, lease_until = null where code = $1 and lease_owner = $2");
        command.Parameters.AddWithValue(code);
        command.Parameters.AddWithValue(owner);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<IReadOnlyList<CourtState>> StatesAsync(CancellationToken ct)
    {
        await using var command = db.CreateCommand("""
            select code, variant, last_run_at, last_run_kind, last_run_cause, last_success_at, last_new_case_at, last_error, last_error_at, next_run_at
            from courts order by code
            """);
        var states = new List<CourtState>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            states.Add(new CourtState(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : Enum.Parse<QueryVariant>(reader.GetString(1)),
                Time(reader, 2), Text(reader, 3), Text(reader, 4), Time(reader, 5), Time(reader, 6), Text(reader, 7), Time(reader, 8),
                reader.GetFieldValue<DateTimeOffset>(9)));
        }
        return states;
    }

    public async Task<CourtState> StateAsync(string code, CancellationToken ct) =>
        (await StatesAsync(ct)).Single(s => s.Code == code);

    public async Task SetVariantAsync(string code, QueryVariant? variant, CancellationToken ct)
    {
        await using var command = db.CreateCommand("update courts set variant = $2 where code = $1");
        command.Parameters.AddWithValue(code);
        command.Parameters.AddWithValue((object?)variant?.ToString() ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The captcha answer the court's searches carry now, if any.</summary>
    public async Task<StoredCaptcha?> CaptchaAsync(string code, CancellationToken ct)
    {
        await using var command = db.CreateCommand("select captcha_id, captcha_answer, captcha_solved_at, captcha_solved_by from courts where code = $1 and captcha_id is not null");
        command.Parameters.AddWithValue(code);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct)
            ? new StoredCaptcha(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetString(3))
            : null;
    }

    /// <summary>Forgets the answer the court refused; one kept since (a person's, while this pass ran) stays.</summary>
    public async Task ForgetCaptchaAsync(string code, string refusedId, CancellationToken ct)
    {
        await using var command = db.CreateCommand(
            "update courts set captcha_id = null, captcha_answer = null, captcha_solved_at = null, captcha_solved_by = null where code = $1 and captcha_id = $2");
        command.Parameters.AddWithValue(code);
        command.Parameters.AddWithValue(refusedId);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Keeps a new answer for the court's searches.</summary>
    public async Task SetCaptchaAsync(string code, StoredCaptcha captcha, CancellationToken ct)
    {
        await using var command = db.CreateCommand("update courts set captcha_id = $2, captcha_answer = $3, captcha_solved_at = $4, captcha_solved_by = $5 where code = $1");
        command.Parameters.AddWithValue(code);
        command.Parameters.AddWithValue(captcha.Id);
        command.Parameters.AddWithValue(captcha.Answer);
        command.Parameters.AddWithValue(captcha.SolvedAt);
        command.Parameters.AddWithValue(captcha.SolvedBy);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<HashSet<DateOnly>> CompletedWindowsAsync(string code, CancellationToken ct)
    {
        await using var command = db.CreateCommand("select date_from from crawl_windows where court = $1");
        command.Parameters.AddWithValue(code);
        var done = new HashSet<DateOnly>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            done.Add(reader.GetFieldValue<DateOnly>(0));
        return done;
    }

    public async Task CompleteWindowAsync(string code, Crawling.EntryWindow window, int cases, CancellationToken ct)
    {
        await using var command = db.CreateCommand("""
            insert into crawl_windows(court, date_from, date_to, cases, completed_at) values ($1, $2, $3, $4, $5)
            on conflict (court, date_from) do update set date_to = excluded.date_to, cases = excluded.cases, completed_at = excluded.completed_at
            """);
        command.Parameters.AddWithValue(code);
        command.Parameters.AddWithValue(window.From);
        command.Parameters.AddWithValue(window.To);
        command.Parameters.AddWithValue(cases);
        command.Parameters.AddWithValue(clock.GetUtcNow());
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The cards among <paramref name="seen"/> to fetch: never acknowledged, or the list now shows a different decision.</summary>
    public async Task<IReadOnlyList<CardRecord>> CardsToFetchAsync(string code, IReadOnlyList<CardRecord> seen, CancellationToken ct)
    {
        await using var command = db.CreateCommand("select card_key, list_fingerprint from cards where court = $1 and card_key = any($2) and acked_at is not null");
        command.Parameters.AddWithValue(code);
        command.Parameters.AddWithValue(seen.Select(c => c.CardKey).ToArray());
        var acknowledged = new Dictionary<string, string>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
                acknowledged[reader.GetString(0)] = reader.GetString(1);
        }
        return seen.Where(c => !acknowledged.TryGetValue(c.CardKey, out var fingerprint) || fingerprint != c.ListFingerprint).ToList();
    }

    /// <summary>Cards ingestion never acknowledged, then cards still without a decision whose last fetch is older than <paramref name="pendingBefore"/>.</summary>
    public async Task<IReadOnlyList<CardRecord>> RefetchDueAsync(string code, DateTimeOffset pendingBefore, int limit, CancellationToken ct)
    {
        await using var command = db.CreateCommand("""
            select card_key, url, case_number, entry_date, decided, list_fingerprint from cards
            where court = $1 and (acked_at is null or (not decided and fetched_at < $2))
            order by acked_at is null desc, fetched_at limit $3
            """);
        command.Parameters.AddWithValue(code);
        command.Parameters.AddWithValue(pendingBefore);
        command.Parameters.AddWithValue(limit);
        var cards = new List<CardRecord>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            cards.Add(new CardRecord(reader.GetString(0), new Uri(reader.GetString(1)), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<DateOnly>(3), reader.GetBoolean(4), reader.GetString(5)));
        }
        return cards;
    }

    /// <summary>Records fetched cards: acknowledged ones are done; the others stay owed (acked_at null) and are fetched again.</summary>
    public async Task RecordCardsAsync(string code, IReadOnlyList<CardOutcome> outcomes, CancellationToken ct)
    {
        if (outcomes.Count == 0)
            return;
        await using var batch = db.CreateBatch();
        foreach (var outcome in outcomes)
        {
            var command = new NpgsqlBatchCommand("""
                insert into cards(court, card_key, url, case_number, entry_date, decided, list_fingerprint, fetched_at, acked_at, ingest_status, ingest_reason)
                values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
                on conflict (court, card_key) do update set url = excluded.url, case_number = excluded.case_number, entry_date = excluded.entry_date,
                    decided = excluded.decided, list_fingerprint = excluded.list_fingerprint, fetched_at = excluded.fetched_at,
                    acked_at = excluded.acked_at, ingest_status = excluded.ingest_status, ingest_reason = excluded.ingest_reason
                """);
            var card = outcome.Card;
            command.Parameters.AddWithValue(code);
            command.Parameters.AddWithValue(card.CardKey);
            command.Parameters.AddWithValue(card.Url.AbsoluteUri);
            command.Parameters.AddWithValue(card.CaseNumber);
            command.Parameters.AddWithValue((object?)card.EntryDate ?? DBNull.Value);
            command.Parameters.AddWithValue(card.Decided);
            // An unacknowledged card keeps no fingerprint worth trusting: it is owed either way.
            command.Parameters.AddWithValue(card.ListFingerprint);
            command.Parameters.AddWithValue(outcome.FetchedAt);
            command.Parameters.AddWithValue(outcome.Acknowledged ? outcome.FetchedAt : DBNull.Value);
            command.Parameters.AddWithValue(outcome.Status);
            command.Parameters.AddWithValue(outcome.Reason);
            batch.BatchCommands.Add(command);
        }
        if (outcomes.Any(o => o.IsNew))
        {
            var stamp = new NpgsqlBatchCommand("update courts set last_new_case_at = $2 where code = $1");
            stamp.Parameters.AddWithValue(code);
            stamp.Parameters.AddWithValue(clock.GetUtcNow());
            batch.BatchCommands.Add(stamp);
        }
        await batch.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Entry dates of the court's cards, for learning its intake.</summary>
    public async Task<IReadOnlyList<DateOnly>> EntryDatesAsync(string code, CancellationToken ct)
    {
        await using var command = db.CreateCommand("select entry_date from cards where court = $1 and entry_date is not null");
        command.Parameters.AddWithValue(code);
        var dates = new List<DateOnly>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            dates.Add(reader.GetFieldValue<DateOnly>(0));
        return dates;
    }

    /// <summary>How a run ended: OK, or the fault's kind and cause; and when to come back.</summary>
    public async Task RecordRunAsync(string code, string kind, string cause, DateTimeOffset nextRun, CancellationToken ct)
    {
        var ok = kind == RunKinds.Ok;
        await using var command = db.CreateCommand($"""
            update courts set last_run_at = $2, last_run_kind = $3, last_run_cause = $4, next_run_at = $5,
                {(ok ? "last_success_at = $2" : "last_error = $4, last_error_at = $2")}
            where code = $1
            """);
        command.Parameters.AddWithValue(code);
        command.Parameters.AddWithValue(clock.GetUtcNow());
        command.Parameters.AddWithValue(kind);
        command.Parameters.AddWithValue(cause);
        command.Parameters.AddWithValue(nextRun);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Keeps a page nobody could classify, addressed by its SHA-256, at most <paramref name="maxBytes"/> of it, and only the newest <paramref name="keep"/> pages.</summary>
    public async Task KeepUnknownPageAsync(string code, Uri url, string cause, byte[] content, int maxBytes, int keep, CancellationToken ct)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(content));
        await using var batch = db.CreateBatch();
        var insert = new NpgsqlBatchCommand("""
            insert into unknown_pages(sha256, court, url, cause, content, truncated) values ($1, $2, $3, $4, $5, $6)
            on conflict (sha256) do update set last_seen_at = now(), seen = unknown_pages.seen + 1
            """);
        insert.Parameters.AddWithValue(sha);
        insert.Parameters.AddWithValue(code);
        insert.Parameters.AddWithValue(url.AbsoluteUri);
        insert.Parameters.AddWithValue(cause);
        insert.Parameters.AddWithValue(content.Length > maxBytes ? content[..maxBytes] : content);
        insert.Parameters.AddWithValue(content.Length > maxBytes);
        batch.BatchCommands.Add(insert);
        var trim = new NpgsqlBatchCommand("delete from unknown_pages where sha256 not in (select sha256 from unknown_pages order by last_seen_at desc limit $1)");
        trim.Parameters.AddWithValue(keep);
        batch.BatchCommands.Add(trim);
        await batch.ExecuteNonQueryAsync(ct);
    }

    static DateTimeOffset? Time(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetFieldValue<DateTimeOffset>(column);

    static string? Text(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
}

/// <summary>How a court's run ended, as stored: OK or a <see cref="PageKind"/> name.</summary>
public static class RunKinds
{
    public const string Ok = "OK";
    /// <summary>Not crawled this time: another replica (or a killed process whose lease has not run out yet) holds the court.</summary>
    public const string Leased = "Leased";
}
