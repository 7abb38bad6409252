using System.Globalization;
using System.Text;
using System.Text.Json;
using Mediazona.Classification.Classifying;
using Mediazona.Classification.Rules;
using Mediazona.Classification.Sentences;
using Mediazona.Contracts.Cases.V1;
using Xunit.Abstractions;

namespace Mediazona.Classification.Tests.Corpus;

/// <summary>
/// Scores the labelled corpus (tests/fixtures/classification) field by field and prints the per-field accuracy.
/// The hand-written set must score 100% on every field; the generated set at least <see cref="GeneratedThreshold"/>.
/// </summary>
public class CorpusScoringTests(ITestOutputHelper output)
{
    public const double GeneratedThreshold = 0.99;
    static readonly RuleTable Rules = RuleFile.LoadEmbedded();

    static readonly string[] Fields = ["kind", "term", "probation", "regime", "fine", "defendant match", "primary charge", "category", "mobilisation", "service type", "outcome", "source"];

    /// <summary>Scored only on the defendants whose expectation labels them (the generator does; older hand-written lines do not).</summary>
    static readonly string[] LabelledFields = ["penalty kind", "additional", "stage"];

    internal static string FixturePath(string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "fixtures", "classification", file);
            if (Directory.Exists(Path.GetDirectoryName(candidate)))
                return candidate;
        }
        throw new FileNotFoundException("tests/fixtures/classification not found above " + AppContext.BaseDirectory);
    }

    internal static List<CorpusCase> Load(string file) =>
        [.. File.ReadAllLines(FixturePath(file), Encoding.UTF8)
            .Where(line => line.Trim().Length > 0)
            .Select(line => JsonSerializer.Deserialize<CorpusCase>(line, CorpusCase.Json)!)];

    [Fact]
    public void The_hand_written_set_scores_100_percent_on_every_field()
    {
        var (scores, misses, defendants) = Score(Load("handwritten.jsonl"));
        Print("hand-written", scores, defendants);

        Assert.True(defendants >= 40, $"only {defendants} hand-written defendants");
        Assert.True(misses.Count == 0, "Misses:\n" + string.Join('\n', misses));
    }

    [Fact]
    public void The_generated_set_scores_at_least_the_threshold_on_every_field()
    {
        var (scores, misses, defendants) = Score(Load("generated.jsonl"));
        Print("generated", scores, defendants);

        Assert.True(defendants >= 300, $"only {defendants} generated defendants");
        // A field nobody labels would drop out of the scores silently: the generator labels all three.
        Assert.All(LabelledFields, f => Assert.True(scores.ContainsKey(f), $"no generated defendant labels '{f}'"));
        var below = scores.Where(s => s.Value < GeneratedThreshold).Select(s => $"{s.Key}: {s.Value:P1}").ToList();
        Assert.True(below.Count == 0, $"Below {GeneratedThreshold:P0}: {string.Join(", ", below)}\n" + string.Join('\n', misses.Take(30)));
    }

    [Fact]
    public void The_generated_file_is_what_the_generator_writes()
    {
        var path = FixturePath("generated.jsonl");
        var expected = CorpusGenerator.Generate();
        if (Environment.GetEnvironmentVariable("MZ_WRITE_CORPUS") == "1")
            File.WriteAllText(path, expected, new UTF8Encoding(false));

        Assert.Equal(expected, File.ReadAllText(path, Encoding.UTF8));
    }

    void Print(string set, Dictionary<string, double> scores, int defendants)
    {
        output.WriteLine($"{set}: {defendants} defendants");
        foreach (var (field, score) in scores)
            output.WriteLine($"  {field,-16} {score,8:P2}");
    }

    static (Dictionary<string, double> Scores, List<string> Misses, int Defendants) Score(List<CorpusCase> corpus)
    {
        var right = Fields.Concat(LabelledFields).ToDictionary(f => f, _ => 0);
        var scored = Fields.Concat(LabelledFields).ToDictionary(f => f, _ => 0);
        var misses = new List<string>();
        var total = 0;
        foreach (var line in corpus)
        {
            var courtCase = ToCourtCase(line);
            var result = CaseClassifier.Classify(courtCase, null, Rules);
            var refs = courtCase.Defendants.Select(d => new DefendantRef(d.Ordinal, d.Name, d.NameHidden)).ToList();
            var findings = courtCase.Acts.Count > 0 ? ActReader.Read(courtCase.Acts[0].Text, refs) : [];
            for (var i = 0; i < line.Defendants.Count; i++)
            {
                total++;
                var expect = line.Defendants[i].Expect;
                var got = result.Defendants[i];
                var p = got.Punishment;
                var finding = findings.FirstOrDefault(f => f.Ordinal == i + 1 && f.Sentence is not null);
                var actual = new Dictionary<string, string>
                {
                    ["kind"] = p is null ? "" : Name(p.Kind),
                    ["term"] = (p?.TermMonths ?? 0).ToString(CultureInfo.InvariantCulture),
                    ["probation"] = (p?.ProbationMonths ?? 0).ToString(CultureInfo.InvariantCulture),
                    ["regime"] = p is null || p.Regime == ColonyRegime.Unspecified ? "" : Name(p.Regime),
                    ["fine"] = (p?.FineRubles ?? 0).ToString(CultureInfo.InvariantCulture),
                    ["defendant match"] = finding is null ? "" : finding.MatchedBy.ToString().ToUpperInvariant(),
                    ["primary charge"] = got.Primary is null ? "" : got.Primary.Charge.Part.Length > 0 ? $"{got.Primary.Charge.Article}/{got.Primary.Charge.Part}" : got.Primary.Charge.Article,
                    ["category"] = got.Primary is null ? "" : Name(got.Primary.Category),
                    ["mobilisation"] = (got.Primary?.MobilisationEra ?? false).ToString(),
                    ["service type"] = got.ServiceType == ServiceType.Unspecified ? "" : Name(got.ServiceType),
                    ["outcome"] = Name(result.Outcome),
                    ["source"] = p is null ? "" : Name(p.Source),
                    ["penalty kind"] = got.PenaltyKind == PenaltyKind.Unspecified ? "" : Name(got.PenaltyKind),
                    ["additional"] = Additional(got.AdditionalPunishments),
                    ["stage"] = got.Primary is null || got.Primary.Stage == OffenceStage.Unspecified ? "" : Name(got.Primary.Stage),
                };
                var wanted = new Dictionary<string, string?>
                {
                    ["kind"] = expect.Kind,
                    ["term"] = expect.Term.ToString(CultureInfo.InvariantCulture),
                    ["probation"] = expect.Probation.ToString(CultureInfo.InvariantCulture),
                    ["regime"] = expect.Regime,
                    ["fine"] = expect.Fine.ToString(CultureInfo.InvariantCulture),
                    ["defendant match"] = expect.Match,
                    ["primary charge"] = expect.Primary,
                    ["category"] = expect.Category,
                    ["mobilisation"] = expect.Mobilisation.ToString(),
                    ["service type"] = expect.Service,
                    ["outcome"] = expect.Outcome,
                    ["source"] = expect.Source,
                    ["penalty kind"] = expect.Penalty,
                    ["additional"] = expect.Additional,
                    ["stage"] = expect.Stage,
                };
                foreach (var field in Fields.Concat(LabelledFields))
                {
                    if (wanted[field] is not { } label)
                        continue;
                    scored[field]++;
                    if (actual[field] == label)
                        right[field]++;
                    else
                        misses.Add($"{line.Id} #{i + 1} {field}: expected '{label}', got '{actual[field]}' ({line.Note})");
                }
            }
        }
        return (scored.Where(f => f.Value > 0).ToDictionary(f => f.Key, f => (double)right[f.Key] / f.Value), misses, total);
    }

    /// <summary>"FINE 10000; RESTRICTION_OF_FREEDOM 12", sorted: the form the corpus files write.</summary>
    internal static string Additional(IEnumerable<AdditionalPunishment> punishments) => string.Join("; ", punishments
        .Select(a => Name(a.Kind) + (a.FineRubles > 0 ? $" {a.FineRubles}" : a.TermMonths > 0 ? $" {a.TermMonths}" : ""))
        .Order(StringComparer.Ordinal));

    /// <summary>PunishmentKind.DisciplinaryUnit → "DISCIPLINARY_UNIT", as the corpus files write it.</summary>
    static string Name<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        var builder = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
                builder.Append('_');
            builder.Append(char.ToUpperInvariant(name[i]));
        }
        return builder.ToString();
    }

    internal static CourtCase ToCourtCase(CorpusCase line)
    {
        var courtCase = new CourtCase
        {
            Court = new Court { Code = "46GV0001" },
            CaseNumber = line.Id,
            OutcomeRaw = line.OutcomeRaw,
        };
        for (var i = 0; i < line.Defendants.Count; i++)
        {
            var d = line.Defendants[i];
            courtCase.Defendants.Add(new Defendant { Ordinal = i + 1, Name = d.Name, NameHidden = d.Hidden, ChargesRaw = d.Charges });
        }
        if (line.Act.Length > 0)
            courtCase.Acts.Add(new JudicialAct { Kind = "Приговор", Text = line.Act, Url = $"https://example.invalid/{line.Id}" });
        foreach (var a in line.Annotations)
        {
            courtCase.Annotations.Add(new Annotation
            {
                DefendantOrdinal = a.Ordinal,
                Text = a.Text,
                Source = Enum.Parse<FactSource>(a.Source.Replace("_", "", StringComparison.Ordinal), ignoreCase: true),
                SourceDate = a.Date,
            });
        }
        return courtCase;
    }
}
