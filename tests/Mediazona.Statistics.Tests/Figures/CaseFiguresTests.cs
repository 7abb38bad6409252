using Mediazona.Contracts.Cases.V1;
using Mediazona.Statistics.Figures;
using Mediazona.Statistics.Tests.Infrastructure;
using Npgsql;
using NpgsqlTypes;

namespace Mediazona.Statistics.Tests.Figures;

/// <summary>Each as-of figure of a case: its definition by examples, and its SQL form agreeing with it on every combination.</summary>
public class CaseFiguresTests(StatisticsDatabase db) : IClassFixture<StatisticsDatabase>
{
    static readonly DateOnly AsOf = new(2023, 4, 3);
    static readonly DateOnly? Before = AsOf.AddDays(-1), Later = AsOf.AddDays(1);

    public static TheoryData<Outcome, DateOnly?, bool> VerdictBy => new()
    {
        { Outcome.Verdict, Before, true },
        { Outcome.Verdict, AsOf, true },
        { Outcome.Verdict, Later, false },
        { Outcome.Verdict, null, false },
        { Outcome.Pending, Before, false },
        { Outcome.Dismissed, Before, false },
        { Outcome.Unspecified, Before, false },
    };

    [Theory, MemberData(nameof(VerdictBy))]
    public void A_verdict_counts_once_decided_by_as_of(Outcome outcome, DateOnly? decision, bool expected) =>
        Assert.Equal(expected, CaseFigures.VerdictBy(outcome, decision, AsOf));

    public static TheoryData<Outcome, DateOnly?, bool> PendingAt => new()
    {
        { Outcome.Pending, null, true },
        { Outcome.Pending, Before, true },
        { Outcome.Unspecified, Before, true },
        { Outcome.Verdict, Later, true },
        { Outcome.Verdict, null, true },
        { Outcome.Dismissed, Later, true },
        { Outcome.Verdict, AsOf, false },
        { Outcome.Dismissed, Before, false },
    };

    [Theory, MemberData(nameof(PendingAt))]
    public void A_case_is_pending_until_a_decision_is_known(Outcome outcome, DateOnly? decision, bool expected) =>
        Assert.Equal(expected, CaseFigures.PendingAt(outcome, decision, AsOf));

    [Theory]
    [InlineData("2023-04-02", true)]
    [InlineData("2023-04-03", true)]
    [InlineData("2023-04-04", false)]
    [InlineData(null, false)]
    public void A_case_is_received_by_its_entry_date(string? entry, bool expected) =>
        Assert.Equal(expected, CaseFigures.ReceivedBy(entry is null ? null : DateOnly.Parse(entry), AsOf));

    [Theory]
    [InlineData(Outcome.Verdict, true, true)]
    [InlineData(Outcome.Verdict, false, false)]
    [InlineData(Outcome.Dismissed, true, false)]
    public void A_published_act_counts_for_verdicts_by_as_of(Outcome outcome, bool published, bool expected) =>
        Assert.Equal(expected, CaseFigures.PublishedActBy(outcome, Before, published, AsOf));

    [Theory]
    [InlineData(Outcome.Verdict, "2023-04-01", Outcome.Verdict)]
    [InlineData(Outcome.Verdict, "2023-05-01", Outcome.Pending)]
    [InlineData(Outcome.Dismissed, "2023-05-01", Outcome.Pending)]
    [InlineData(Outcome.Unspecified, "2023-05-01", Outcome.Unspecified)]
    public void The_outcome_at_as_of_hides_later_decisions(Outcome outcome, string decision, Outcome expected) =>
        Assert.Equal(expected, CaseFigures.OutcomeAt(outcome, DateOnly.Parse(decision), AsOf));

    [Fact]
    public async Task Every_sql_form_agrees_with_its_definition_on_every_combination()
    {
        DateOnly?[] dates = [null, Before, AsOf, Later];
        var rows = (from outcome in Enum.GetValues<Outcome>()
                    from decision in dates
                    from entry in dates
                    from published in new[] { false, true }
                    select (outcome, decision, entry, published)).ToList();
        var figures = new (string Name, string Sql, Func<Outcome, DateOnly?, DateOnly?, bool, object> Definition)[]
        {
            ("received", CaseFigures.ReceivedBySql, (o, d, e, p) => CaseFigures.ReceivedBy(e, AsOf)),
            ("verdict", CaseFigures.VerdictBySql, (o, d, e, p) => CaseFigures.VerdictBy(o, d, AsOf)),
            ("pending", CaseFigures.PendingAtSql, (o, d, e, p) => CaseFigures.PendingAt(o, d, AsOf)),
            ("decided", CaseFigures.DecidedBySql, (o, d, e, p) => CaseFigures.DecidedBy(d, AsOf)),
            ("published", CaseFigures.PublishedActBySql, (o, d, e, p) => CaseFigures.PublishedActBy(o, d, p, AsOf)),
            ("outcome", CaseFigures.OutcomeAtSql, (o, d, e, p) => (short)CaseFigures.OutcomeAt(o, d, AsOf)),
        };
        foreach (var (name, sql, definition) in figures)
        {
            // A NULL condition counts as false wherever the queries use it (WHERE, FILTER, CASE).
            var select = definition(Outcome.Verdict, null, null, false) is bool ? $"coalesce(({sql}), false)::text" : $"({sql})::text";
            await using var command = db.DataSource.CreateCommand($"""
                select {select}
                from unnest($2::smallint[], $3::date[], $4::date[], $5::bool[]) with ordinality as c(outcome, decision_date, entry_date, has_published_act, n)
                order by c.n
                """);
            command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = AsOf });
            command.Parameters.Add(new NpgsqlParameter<short[]> { TypedValue = [.. rows.Select(r => (short)r.outcome)] });
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Date, Value = rows.Select(r => r.decision).ToArray() });
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Date, Value = rows.Select(r => r.entry).ToArray() });
            command.Parameters.Add(new NpgsqlParameter<bool[]> { TypedValue = [.. rows.Select(r => r.published)] });
            var answers = new List<string>();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                    answers.Add(reader.GetString(0));
            }
            var expected = rows.Select(r => definition(r.outcome, r.decision, r.entry, r.published) switch
            {
                bool b => b ? "true" : "false",
                var other => other.ToString()!,
            });
            Assert.True(expected.SequenceEqual(answers), $"{name}: the SQL form disagrees with its definition");
        }
    }
}
