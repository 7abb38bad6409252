using Mediazona.Statistics.Figures;
using Mediazona.Statistics.Projection;
using Mediazona.Statistics.Rollups;
using Npgsql;
using NpgsqlTypes;

namespace Mediazona.Statistics.Benchmarks;

/// <summary>
/// Writes N synthetic cases straight into the projection tables with binary COPY (the rows the projection
/// writer would produce, without its per-batch upsert): a million cases load in well under a minute.
/// The mix follows the study: mostly art. 337 (a third ч.5), some 332/334/338/352.1, a few ordinary crimes.
/// </summary>
public static class SyntheticCases
{
    static readonly (string Article, string Part, short Category, bool Mobilisation, int Weight)[] Charges =
    [
        ("337", "5", 5, true, 30), ("337", "3.1", 5, true, 25), ("337", "2.1", 5, true, 10), ("337", "1", 5, false, 5),
        ("332", "2.1", 1, true, 6), ("334", "3", 3, true, 4), ("338", "3", 6, true, 5), ("352.1", "", 8, true, 2),
        ("336", "", 4, false, 2), ("228", "2", 11, false, 6), ("264.1", "1", 11, false, 5),
    ];

    public static async Task FillAsync(NpgsqlDataSource dataSource, int count, int courts, int seed)
    {
        var random = new Random(seed);
        var weights = Charges.Sum(c => c.Weight);
        var start = new DateOnly(2022, 9, 1);
        var span = new DateOnly(2025, 12, 31).DayNumber - start.DayNumber;

        await using var connection = await dataSource.OpenConnectionAsync();
        await using (var drop = new NpgsqlCommand("truncate cases, defendants, defendant_charges, case_shapes", connection))
            await drop.ExecuteNonQueryAsync();
        var shapes = new Dictionary<long, CaseVector>();
        var rollups = new RollupDelta();

        var defendants = new List<(string CaseId, int Ordinal, bool Convicted, bool Acquitted, short Kind, int Term, int Probation, short Source, int Charge, int Second)>();
        await using (var cases = await connection.BeginBinaryImportAsync(
            "copy cases (case_id, revision, rules_version, court_code, court_name, case_number, entry_date, decision_date, outcome, mobilisation_era, group_case, has_published_act, shape_id, longest_real_months, longest_suspended_months) from stdin (format binary)"))
        {
            for (var i = 0; i < count; i++)
            {
                var caseId = $"bench-{i:D8}";
                var court = random.Next(courts);
                var entry = DateOnly.FromDayNumber(start.DayNumber + (int)(span * Math.Sqrt(random.NextDouble())));
                var roll = random.Next(100);
                short outcome = roll < 35 ? (short)1 : roll < 85 ? (short)2 : (short)(3 + random.Next(6));
                DateOnly? decision = outcome == 1 ? null : entry.AddDays(random.Next(10, 200));
                var people = random.Next(100) < 92 ? 1 : random.Next(2, 6);
                var mobilisation = false;
                var first = defendants.Count;
                for (var o = 1; o <= people; o++)
                {
                    var charge = Pick(random, weights);
                    var second = random.Next(100) < 15 ? Pick(random, weights) : -1;
                    mobilisation |= Charges[charge].Mobilisation || second >= 0 && Charges[second].Mobilisation;
                    var (convicted, acquitted, kind, term, probation, source) = Sentence(random, outcome);
                    defendants.Add((caseId, o, convicted, acquitted, kind, term, probation, source, charge, second));
                }
                var row = new CaseRow(caseId, 1, 1, $"{court % 90 + 1:D2}GV{court:D4}", $"1-{i}/{entry.Year}", entry, decision, outcome,
                    mobilisation, people > 1, outcome == 2 && random.Next(10) == 0, $"Гарнизонный военный суд №{court}");
                await cases.StartRowAsync();
                await cases.WriteAsync(caseId, NpgsqlDbType.Text);
                await cases.WriteAsync(1, NpgsqlDbType.Integer);
                await cases.WriteAsync(1, NpgsqlDbType.Integer);
                await cases.WriteAsync(row.CourtCode, NpgsqlDbType.Text);
                await cases.WriteAsync(row.CourtName, NpgsqlDbType.Text);
                await cases.WriteAsync(row.CaseNumber, NpgsqlDbType.Text);
                await cases.WriteAsync(entry, NpgsqlDbType.Date);
                if (decision is { } d) await cases.WriteAsync(d, NpgsqlDbType.Date); else await cases.WriteNullAsync();
                await cases.WriteAsync(outcome, NpgsqlDbType.Smallint);
                await cases.WriteAsync(mobilisation, NpgsqlDbType.Boolean);
                await cases.WriteAsync(row.GroupCase, NpgsqlDbType.Boolean);
                await cases.WriteAsync(row.HasPublishedAct, NpgsqlDbType.Boolean);
                // The figure vector and the rollups as the projection computes them (COPY bypasses the writer, not the figures).
                var (rows, charges) = Rows(caseId, defendants.GetRange(first, people));
                var vector = CaseVector.Of(caseId, rows, charges);
                shapes.TryAdd(vector.ShapeId, vector);
                rollups.Add(RolledCase.Of(row, vector.Shape, rows, charges), +1);
                await cases.WriteAsync(vector.ShapeId, NpgsqlDbType.Bigint);
                await cases.WriteAsync(vector.LongestRealMonths, NpgsqlDbType.Integer);
                await cases.WriteAsync(vector.LongestSuspendedMonths, NpgsqlDbType.Integer);
            }
            await cases.CompleteAsync();
        }

        await using (var people = await connection.BeginBinaryImportAsync(
            "copy defendants (case_id, ordinal, convicted, acquitted, punishment_kind, term_months, probation_months, punishment_source, primary_article, primary_part, primary_category, primary_mobilisation_era, charge_articles) from stdin (format binary)"))
        {
            foreach (var d in defendants)
            {
                var primary = Charges[Primary(d.Charge, d.Second)];
                var articles = new[] { d.Charge, d.Second }.Where(x => x >= 0).Select(x => Charges[x].Article).Distinct().Order(StringComparer.Ordinal).ToArray();
                await people.WriteRowAsync(CancellationToken.None, d.CaseId, d.Ordinal, d.Convicted, d.Acquitted, d.Kind, d.Term, d.Probation, d.Source,
                    primary.Article, primary.Part, primary.Category, primary.Mobilisation, articles);
            }
            await people.CompleteAsync();
        }

        await using (var charges = await connection.BeginBinaryImportAsync(
            "copy defendant_charges (case_id, ordinal, article, part, category, mobilisation_era) from stdin (format binary)"))
        {
            foreach (var d in defendants)
            {
                foreach (var index in new[] { d.Charge, d.Second }.Where(x => x >= 0).Distinct())
                {
                    var c = Charges[index];
                    await charges.WriteRowAsync(CancellationToken.None, d.CaseId, d.Ordinal, c.Article, c.Part, c.Category, c.Mobilisation);
                }
            }
            await charges.CompleteAsync();
        }

        foreach (var chunk in shapes.Values.Chunk(2000))
        {
            await using var insert = new NpgsqlBatch(connection) { BatchCommands = { ShapeInsert.Command(chunk) } };
            await insert.ExecuteNonQueryAsync();
        }

        // The rollups as the writer keeps them (migrations 008, 010).
        await using (var truncate = new NpgsqlCommand("truncate case_rollup, charge_rollup, court_rollup, sentence_rollup", connection))
            await truncate.ExecuteNonQueryAsync();
        await using (var rollup = new NpgsqlBatch(connection))
        {
            foreach (var command in RollupUpsert.Commands(rollups))
                rollup.BatchCommands.Add(command);
            await rollup.ExecuteNonQueryAsync();
        }

        // VACUUM runs outside a transaction: one statement per command.
        foreach (var sql in new[]
        {
            "update data_version set version = greatest(version + 1, (extract(epoch from clock_timestamp()) * 1000000)::bigint)",
            "vacuum analyze cases", "vacuum analyze defendants", "vacuum analyze defendant_charges",
            "vacuum analyze case_rollup", "vacuum analyze charge_rollup", "vacuum analyze court_rollup", "vacuum analyze sentence_rollup",
        })
        {
            await using var finish = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
            await finish.ExecuteNonQueryAsync();
        }
    }

    static (List<DefendantRow>, List<ChargeRow>) Rows(string caseId, IEnumerable<(string CaseId, int Ordinal, bool Convicted, bool Acquitted, short Kind, int Term, int Probation, short Source, int Charge, int Second)> defendants)
    {
        var people = new List<DefendantRow>();
        var charges = new List<ChargeRow>();
        foreach (var d in defendants)
        {
            var primary = Charges[Primary(d.Charge, d.Second)];
            people.Add(new DefendantRow(caseId, d.Ordinal, d.Convicted, d.Acquitted, d.Kind, d.Term, d.Probation, d.Source,
                primary.Article, primary.Part, primary.Category, primary.Mobilisation));
            foreach (var index in new[] { d.Charge, d.Second }.Where(x => x >= 0).Distinct())
                charges.Add(new ChargeRow(caseId, d.Ordinal, Charges[index].Article, Charges[index].Part, Charges[index].Category, Charges[index].Mobilisation));
        }
        return (people, charges.DistinctBy(c => (c.Ordinal, c.Article, c.Part)).ToList());
    }

    /// <summary>The gravest charge: a mobilisation-era one before another.</summary>
    static int Primary(int charge, int second) => second >= 0 && Charges[second].Mobilisation && !Charges[charge].Mobilisation ? second : charge;

    static int Pick(Random random, int weights)
    {
        var roll = random.Next(weights);
        for (var i = 0; i < Charges.Length; i++)
        {
            if ((roll -= Charges[i].Weight) < 0)
                return i;
        }
        return 0;
    }

    static (bool, bool, short, int, int, short) Sentence(Random random, short outcome)
    {
        if (outcome != 2)
            return (false, false, 0, 0, 0, 0);
        if (random.Next(30) == 0)
            return (false, true, 6, 0, 0, 2);
        if (random.Next(100) < 60)
            return (true, false, 0, 0, 0, 0); // convicted, sentence unknown
        short kind = (short)(random.Next(10) switch { < 4 => 1, < 8 => 2, 8 => 3, _ => 4 });
        var term = kind is 1 or 2 or 3 ? 6 + random.Next(115) : 0;
        return (true, false, kind, term, kind == 2 ? 12 + random.Next(36) : 0, (short)(1 + random.Next(5)));
    }
}
