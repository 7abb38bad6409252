namespace Mediazona.FakeCourts.Truth;

/// <summary>
/// The cases every fake court holds, from a seed: the same seed and options give the same courts and cases, so a test
/// can compare what was collected (and the statistics built from it) with <see cref="FakeCourt.Cases"/>.
/// </summary>
public static class TruthGenerator
{
    public static readonly DateOnly FirstEntry = new(2022, 9, 24);

    static readonly string[] Charges =
    [
        "ст.337 ч.5 УК РФ", "ст.337 ч.3.1 УК РФ", "ст.338 ч.1 УК РФ", "ст.332 ч.2.1 УК РФ", "ст.339 ч.1 УК РФ",
        "ст.334 ч.2 УК РФ", "ст.228 ч.2 УК РФ", "ст.158 ч.3 п.в УК РФ", "ст. 30 ч.3, ст.205 ч.2 п.а УК РФ", "ст.205.1 ч.1.1 УК РФ",
    ];

    static readonly (string Text, int Weight)[] Outcomes =
    [
        ("Вынесен ПРИГОВОР", 80), ("Уголовное дело ПРЕКРАЩЕНО", 10), ("ВОЗВРАЩЕНО ПРОКУРОРУ", 5),
        ("Направлено ПО ПОДСУДНОСТИ (подведомственности)", 5),
    ];

    static readonly string[] Surnames = ["Иванов", "Петров", "Сидоренко", "Ковалёв", "Шевчук", "Мельников", "Зайцев", "Орлов"];
    static readonly string[] Judges = ["Кузнецов А.В.", "Смирнова Е.Н.", "Попов Д.С.", "Волков И.И."];

    public static IReadOnlyList<FakeCourt> Courts(FakeSiteOptions options)
    {
        var courts = new List<FakeCourt>(options.Courts);
        for (var index = 0; index < options.Courts; index++)
        {
            var random = new Random(options.Seed * 7919 + index); // HashCode.Combine is salted per process: not deterministic
            var profile = CourtProfile.For(index);
            var code = $"99GV{options.FirstCodeNumber + index:D4}";
            var count = profile.Empty ? 0 : index == 0 ? options.FirstCourtCases : random.Next(options.MinCases, options.MaxCases + 1);
            courts.Add(new FakeCourt(code, $"{options.FirstCodeNumber + index}-й тестовый гарнизонный военный суд", profile, Cases(code, index, count, profile, options, random)));
        }
        return courts;
    }

    static List<FakeCase> Cases(string code, int index, int count, CourtProfile profile, FakeSiteOptions options, Random random)
    {
        var lastEntry = options.Until.AddDays(-profile.SilentDays);
        var span = lastEntry.DayNumber - FirstEntry.DayNumber;
        var dates = Enumerable.Range(0, count).Select(_ => FirstEntry.AddDays(random.Next(span + 1))).Order().ToList();
        var cases = new List<FakeCase>(count);
        var perYear = new Dictionary<int, int>();
        for (var i = 0; i < count; i++)
        {
            var entry = dates[i];
            var sequence = perYear[entry.Year] = perYear.GetValueOrDefault(entry.Year) + 1;
            DateOnly? decided = entry.AddDays(random.Next(20, 160)) is var d && d <= options.Until ? d : null;
            DateOnly? inForce = decided?.AddDays(15) is { } f && f <= options.Until ? f : null;
            cases.Add(new FakeCase(
                code,
                CardId: (index + 1) * 1_000_000L + i + 1,
                CardUid: new Guid(index + 1, (short)(i >> 16), (short)i, [0x8d, 0x3c, 0, 0, 0, 0, 1, 7]),
                CaseNumber: $"1-{sequence}/{entry.Year}",
                JudicialUid: CaseUidDigits.Complete($"{code}-01-{entry.Year}-{sequence:D6}"),
                entry,
                Defendants(random),
                Judges[random.Next(Judges.Length)],
                decided,
                decided is null ? "" : Pick(random),
                inForce));
        }
        cases.Reverse(); // the sites list the newest entry first
        return cases;
    }

    static List<FakeDefendant> Defendants(Random random)
    {
        var roll = random.Next(100);
        var count = roll < 75 ? 1 : roll < 93 ? 2 : 3;
        return Enumerable.Range(0, count)
            .Select(_ => new FakeDefendant(
                random.Next(100) < 80 ? null : $"{Surnames[random.Next(Surnames.Length)]} А.Б.",
                Charges[random.Next(Charges.Length)]))
            .ToList();
    }

    static string Pick(Random random)
    {
        var roll = random.Next(100);
        foreach (var (text, weight) in Outcomes)
        {
            if (roll < weight)
                return text;
            roll -= weight;
        }
        return Outcomes[0].Text;
    }
}
