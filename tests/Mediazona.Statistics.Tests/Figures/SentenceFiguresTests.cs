using Mediazona.Contracts.Cases.V1;
using Mediazona.Statistics.Figures;
using Mediazona.Statistics.Tests.Infrastructure;
using Npgsql;

namespace Mediazona.Statistics.Tests.Figures;

/// <summary>The people figures of one defendant over every punishment kind, and their SQL forms.</summary>
public class SentenceFiguresTests(StatisticsDatabase db) : IClassFixture<StatisticsDatabase>
{
    public static TheoryData<bool, PunishmentKind, bool, bool, bool> Table => new()
    {
        // convicted, kind → known, real, suspended
        { true, PunishmentKind.Imprisonment, true, true, false },
        { true, PunishmentKind.Suspended, true, false, true },
        { true, PunishmentKind.DisciplinaryUnit, true, false, false },
        { true, PunishmentKind.Fine, true, false, false },
        { true, PunishmentKind.CompulsoryLabour, true, false, false },
        { true, PunishmentKind.Other, true, false, false },
        { true, PunishmentKind.Unspecified, false, false, false },
        { false, PunishmentKind.Acquitted, false, false, false },
        { false, PunishmentKind.Imprisonment, false, false, false },
    };

    [Theory, MemberData(nameof(Table))]
    public void Known_real_and_suspended_sentences(bool convicted, PunishmentKind kind, bool known, bool real, bool suspended)
    {
        Assert.Equal(known, SentenceFigures.KnownSentence(convicted, kind));
        Assert.Equal(real, SentenceFigures.Real(convicted, kind));
        Assert.Equal(suspended, SentenceFigures.Suspended(convicted, kind));
    }

    [Fact]
    public async Task Every_sql_form_agrees_with_its_definition_for_every_kind()
    {
        var rows = (from kind in Enum.GetValues<PunishmentKind>() from convicted in new[] { false, true } select (kind, convicted)).ToList();
        foreach (var (name, sql, definition) in new (string, string, Func<bool, PunishmentKind, bool>)[]
        {
            ("known", SentenceFigures.KnownSentenceSql, SentenceFigures.KnownSentence),
            ("real", SentenceFigures.RealSql, SentenceFigures.Real),
            ("suspended", SentenceFigures.SuspendedSql, SentenceFigures.Suspended),
        })
        {
            await using var command = db.DataSource.CreateCommand(
                $"select array_agg({sql} order by d.n) from unnest($1::smallint[], $2::bool[]) with ordinality as d(punishment_kind, convicted, n)");
            command.Parameters.Add(new NpgsqlParameter<short[]> { TypedValue = [.. rows.Select(r => (short)r.kind)] });
            command.Parameters.Add(new NpgsqlParameter<bool[]> { TypedValue = [.. rows.Select(r => r.convicted)] });
            var answers = (bool[])(await command.ExecuteScalarAsync())!;
            Assert.True(rows.Select(r => definition(r.convicted, r.kind)).SequenceEqual(answers), $"{name}: the SQL form disagrees with its definition");
        }
    }
}
