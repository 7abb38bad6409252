using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Mediazona.Classification.Charges;
using Mediazona.Classification.Classifying;
using Mediazona.Classification.Rules;
using Mediazona.Classification.Sentences;
using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Classification.Benchmarks;

/// <summary>
/// Classify throughput on the labelled corpus (tests/fixtures/classification): every case once per operation,
/// so cases/s = OperationsPerInvoke / mean time. Single-threaded: the figures are per core.
/// </summary>
[MemoryDiagnoser]
public class ClassifyBenchmarks
{
    RuleTable _rules = null!;
    CourtCase[] _withActs = null!;
    CourtCase[] _cardsOnly = null!;
    (string Text, DefendantRef[] Defendants)[] _acts = null!;
    string[] _chargeLists = null!;

    [GlobalSetup]
    public void Setup()
    {
        _rules = RuleFile.LoadEmbedded();
        var all = Corpus.Load().ToArray();
        _withActs = [.. all.Where(c => c.Acts.Count > 0)];
        // The same cards without their texts: charges and outcomes only.
        _cardsOnly = [.. all.Select(c =>
        {
            var card = c.Clone();
            card.Acts.Clear();
            card.Annotations.Clear();
            return card;
        })];
        // Every card's «Перечень статей» plus the wider forms court lists print (general part, other codes, tails).
        _chargeLists = [.. all.SelectMany(c => c.Defendants.Select(d => d.ChargesRaw)), .. WiderForms];
        _acts = [.. _withActs.Select(c => (c.Acts[0].Text, c.Defendants.Select((d, i) => new DefendantRef(i + 1, d.Name, d.NameHidden)).ToArray()))];
    }

    static readonly string[] WiderForms =
    [
        "ст. 30 ч.3, ст.291 ч.3 УК РФ",
        "ст.33 ч.5-ст.228 ч.2 УК РФ",
        "УК РФ: ст. 62 ч.5; ст. 68 ч.3; ст. 158 ч.2 п. в",
        "ст.73 ч.5; ст.318 ч.1",
        "<Информация скрыта> - ст.125 УПК РФ",
        "ч.1 ст.20.1 КоАП РФ",
        "ст.337 ч.5 УК РФ Суд (судебный участок) первой инстанции: 35 гарнизонный военный суд Номер дела в первой инстанции: 1-51/2023",
        "ст.205.5 ч.2; ст.205.1 ч.1.1 УК РФ",
    ];

    /// <summary>The number of charge lists <see cref="ChargeParsing"/> reads per operation.</summary>
    public int ChargeLists => _chargeLists.Length;

    /// <summary>(cases, defendants) of each set, and the number of acts.</summary>
    public ((int Cases, int Defendants) Cards, (int Cases, int Defendants) WithActs, int Acts) Counts =>
        ((_cardsOnly.Length, _cardsOnly.Sum(c => c.Defendants.Count)), (_withActs.Length, _withActs.Sum(c => c.Defendants.Count)), _acts.Length);

    /// <summary>Charges + outcomes: the cost per card when no text is published.</summary>
    [Benchmark]
    public int CardsOnly()
    {
        var defendants = 0;
        foreach (var courtCase in _cardsOnly)
            defendants += CaseClassifier.Classify(courtCase, null, _rules).Defendants.Count;
        return defendants;
    }

    /// <summary>Full classification of cases that carry a verdict text.</summary>
    [Benchmark]
    public int CasesWithActs()
    {
        var defendants = 0;
        foreach (var courtCase in _withActs)
            defendants += CaseClassifier.Classify(courtCase, null, _rules).Defendants.Count;
        return defendants;
    }

    /// <summary>The charge parser alone: every charge list once.</summary>
    [Benchmark]
    public int ChargeParsing()
    {
        var charges = 0;
        foreach (var list in _chargeLists)
            charges += ChargeParser.Parse(list).Count;
        return charges;
    }

    /// <summary>Sentence extraction alone: reading each verdict text for its defendants.</summary>
    [Benchmark]
    public int SentenceExtraction()
    {
        var found = 0;
        foreach (var (text, defendants) in _acts)
            found += ActReader.Read(text, defendants).Count;
        return found;
    }

}

/// <summary>Reads the corpus files into cases (the same shape the tests build).</summary>
static class Corpus
{
    public static IEnumerable<CourtCase> Load()
    {
        var dir = FindFixtures();
        foreach (var file in new[] { "generated.jsonl", "handwritten.jsonl" })
        {
            foreach (var line in File.ReadLines(Path.Combine(dir, file)))
            {
                if (line.Trim().Length == 0)
                    continue;
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var courtCase = new CourtCase { CaseNumber = root.GetProperty("id").GetString()!, OutcomeRaw = root.GetProperty("outcome_raw").GetString()! };
                var ordinal = 0;
                foreach (var d in root.GetProperty("defendants").EnumerateArray())
                {
                    courtCase.Defendants.Add(new Defendant
                    {
                        Ordinal = ++ordinal,
                        Name = d.GetProperty("name").GetString()!,
                        NameHidden = d.GetProperty("hidden").GetBoolean(),
                        ChargesRaw = d.GetProperty("charges").GetString()!,
                    });
                }
                var act = root.GetProperty("act").GetString()!;
                if (act.Length > 0)
                    courtCase.Acts.Add(new JudicialAct { Kind = "Приговор", Text = act });
                foreach (var a in root.GetProperty("annotations").EnumerateArray())
                    courtCase.Annotations.Add(new Annotation { DefendantOrdinal = a.GetProperty("ordinal").GetInt32(), Text = a.GetProperty("text").GetString()! });
                yield return courtCase;
            }
        }
    }

    static string FindFixtures()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "fixtures", "classification");
            if (Directory.Exists(candidate))
                return candidate;
        }
        throw new DirectoryNotFoundException("tests/fixtures/classification not found above " + AppContext.BaseDirectory);
    }
}
