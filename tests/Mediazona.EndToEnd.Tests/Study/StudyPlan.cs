using Mediazona.Contracts.Cases.V1;
using static Mediazona.EndToEnd.Tests.Study.Sentence;

namespace Mediazona.EndToEnd.Tests.Study;

/// <summary>
/// The court cards behind Mediazona's study «When soldiers say no» (11 April 2023), as a table of blocks of alike
/// cases. Entry and decision windows are chosen so that one dataset holds both public snapshots: 21 March 2023
/// (536 cases, 548 defendants, 247 verdicts) and 3 April 2023 (708 cases, 360 verdicts). Figures the study does not
/// give (e.g. cases per month) are choices of this table; README.md beside this file lists them. Deterministic.
/// </summary>
static class StudyPlan
{
    public const string AnyCourt = "*";

    // Courts: name, city, host, layout (old = windows-1251 tabs with the code in a hidden field; new = UTF-8, code given by the sender).
    public static readonly IReadOnlyDictionary<string, StudyCourt> Courts = new Dictionary<string, StudyCourt>
    {
        ["kamchatka"] = new("35 гарнизонный военный суд", "Петропавловск-Камчатский", "35gvs.kam.sudrf.ru", true, "Курочкин Андрей Викторович"),
        ["sakhalin"] = new("Южно-Сахалинский гарнизонный военный суд", "Южно-Сахалинск", "uzhnosahalinsky-gvs.sah.sudrf.ru", false, "Ленцов Сергей Николаевич"),
        ["kursk"] = new("Курский гарнизонный военный суд", "Курск", "kursky-gvs.krs.sudrf.ru", true, "Смирнов Алексей Викторович"),
        ["novocherkassk"] = new("Новочеркасский гарнизонный военный суд", "Новочеркасск", "novocherkassky-gvs.ros.sudrf.ru", false, "Ефимов Павел Олегович"),
        ["murmansk"] = new("Мурманский гарнизонный военный суд", "Мурманск", "murmansky-gvs.mrm.sudrf.ru", true, "Загорский Виталий Иванович"),
        ["abakan"] = new("Абаканский гарнизонный военный суд", "Абакан", "abakansky-gvs.hak.sudrf.ru", false, "Сорокин Денис Юрьевич"),
        ["omsk"] = new("Омский гарнизонный военный суд", "Омск", "omsky-gvs.oms.sudrf.ru", true, "Белов Игорь Сергеевич"),
        ["baltiysk"] = new("Балтийский гарнизонный военный суд", "Балтийск", "baltiysky-gvs.kln.sudrf.ru", false, "Миронов Олег Петрович"),
        ["pskov"] = new("Псковский гарнизонный военный суд", "Псков", "pskovsky-gvs.psk.sudrf.ru", true, "Гаврилов Николай Андреевич"),
        ["yekaterinburg"] = new("Екатеринбургский гарнизонный военный суд", "Екатеринбург", "ekaterinburgsky-gvs.svd.sudrf.ru", false, "Титов Артём Валерьевич"),
        ["tula"] = new("Тульский гарнизонный военный суд", "Тула", "tulsky-gvs.tula.sudrf.ru", true, "Пахомов Владимир Ильич"),
        ["chita"] = new("Читинский гарнизонный военный суд", "Чита", "chitinsky-gvs.cht.sudrf.ru", false, "Лебедев Роман Ильич"),
        ["krasnoyarsk"] = new("Красноярский гарнизонный военный суд", "Красноярск", "krasnoyarsky-gvs.krk.sudrf.ru", true, "Осипов Кирилл Евгеньевич"),
        ["vladivostok"] = new("Владивостокский гарнизонный военный суд", "Владивосток", "vladivostoksky-gvs.prm.sudrf.ru", false, "Кравцов Антон Михайлович"),
        ["novosibirsk"] = new("Новосибирский гарнизонный военный суд", "Новосибирск", "novosibirsky-gvs.nsk.sudrf.ru", true, "Гусев Максим Львович"),
        ["ulanude"] = new("Улан-Удэнский гарнизонный военный суд", "Улан-Удэ", "ulanudensky-gvs.bur.sudrf.ru", false, "Цыренов Баир Дашиевич"),
        ["rostov"] = new("Ростовский-на-Дону гарнизонный военный суд", "Ростов-на-Дону", "rostovsky-gvs.ros.sudrf.ru", true, "Шевченко Иван Петрович"),
        ["moscow235"] = new("235 гарнизонный военный суд", "Москва", "235gvs.msk.sudrf.ru", false, "Крылов Евгений Борисович"),
        ["nnovgorod"] = new("Нижегородский гарнизонный военный суд", "Нижний Новгород", "nizhegorodsky-gvs.nnov.sudrf.ru", true, "Зуев Георгий Аркадьевич"),
        ["voronezh"] = new("Воронежский гарнизонный военный суд", "Воронеж", "voronezhsky-gvs.vrn.sudrf.ru", false, "Кузнецова Ольга Петровна"),
        ["spb"] = new("Санкт-Петербургский гарнизонный военный суд", "Санкт-Петербург", "spb-gvs.spb.sudrf.ru", true, "Ковалёв Денис Сергеевич"),
        ["kaliningrad"] = new("Калининградский гарнизонный военный суд", "Калининград", "kaliningradsky-gvs.kln.sudrf.ru", false, "Рябов Юрий Олегович"),
        ["narofominsk"] = new("Наро-Фоминский гарнизонный военный суд", "Наро-Фоминск", "narofominsky-gvs.mo.sudrf.ru", true, "Дьяченко Алексей Павлович"),
        ["perm"] = new("Пермский гарнизонный военный суд", "Пермь", "voen.perm.sudrf.ru", false, "Мальцев Пётр Ильич"),
    };

    // Charges as cards print them.
    static readonly Accused Awol5 = new("ст.337 ч.5 УК РФ");
    static readonly Accused Awol31 = new("ст.337 ч.3.1 УК РФ");
    static readonly Accused Awol21 = new("ст.337 ч.2.1 УК РФ");
    static readonly Accused AwolTwoCounts = new("ст.337 ч.3.1 УК РФ; ст.337 ч.5 УК РФ");
    static readonly Accused Disobedience = new("ст.332 ч.2.1 УК РФ");
    static readonly Accused Violence = new("ст.334 ч.3 УК РФ");
    static readonly Accused Desertion = new("ст.338 ч.3 УК РФ");

    // When cases came in: the months of the study, with March cut at the first snapshot (21 March).
    static readonly Window Oct = W("2022-10-03", "2022-10-31"), Nov = W("2022-11-01", "2022-11-30"), Dec = W("2022-12-01", "2022-12-29"),
        Jan = W("2023-01-09", "2023-01-31"), Feb = W("2023-02-01", "2023-02-28"), Mar = W("2023-03-01", "2023-03-21"),
        MarEarly = W("2023-03-01", "2023-03-10"), MarLate = W("2023-03-22", "2023-03-31"), Apr = W("2023-04-01", "2023-04-03"),
        AfterStudy = W("2023-04-10", "2023-05-31");

    // When they were decided: each window starts after the entry window it serves ends.
    static readonly Window NovDec = W("2022-11-15", "2022-12-28"), DecJan = W("2022-12-05", "2023-01-31"), JanFeb = W("2023-01-16", "2023-02-28"),
        FebMar = W("2023-02-13", "2023-03-21"), MarToSnapshot = W("2023-03-06", "2023-03-21"), BetweenSnapshots = W("2023-03-22", "2023-04-03"),
        AfterSnapshots = W("2023-04-04", "2023-05-26");

    static readonly Decision Pending = new("", null);
    static Decision Verdict(Window when) => new("Вынесен ПРИГОВОР", when);
    static Decision Returned(Window when) => new("ВОЗВРАЩЕНО ПРОКУРОРУ в порядке ст. 237 УПК РФ", when);
    static Decision Dismissed(Window when) => new("Уголовное дело ПРЕКРАЩЕНО", when);
    static Decision Transferred(Window when) => new("Направлено ПО ПОДСУДНОСТИ (подведомственности)", when);

    const FactSource None = FactSource.Unspecified, Act = FactSource.PublishedAct, Press = FactSource.PressRelease,
        Lawyer = FactSource.Lawyer, Manual = FactSource.Manual, Relatives = FactSource.Other;

    /// <summary>Single-defendant AWOL cases by part: over a month (ч.5), 10 days to a month (ч.3.1), 2 to 10 days (ч.2.1).</summary>
    static Shape[] Awol(int over, int month, int days, int twoCounts = 0) =>
        [new(over, Awol5), new(month, Awol31), new(days, Awol21), new(twoCounts, AwolTwoCounts)];

    public static readonly Block[] Blocks =
    [
        // ── Art. 337, sentences known from published verdicts (18 cases) ──
        new("pskov", Oct, Verdict(NovDec), Act, new Shape(2, Awol5.Gets(Suspended(48, 36)))),
        new("abakan", Nov, Verdict(DecJan), Act, new Shape(1, Awol5.Gets(Suspended(36, 24)))),
        new("baltiysk", Nov, Verdict(DecJan), Act, new Shape(2, Awol31.Gets(Real(24, ColonyRegime.Settlement)))),
        new("kursk", Dec, Verdict(JanFeb), Act, new Shape(2, Awol5.Gets(Suspended(60, 36)))),
        new("tula", Dec, Verdict(JanFeb), Act, new Shape(3, Awol5.Gets(Real(60)))),
        new("omsk", Jan, Verdict(FebMar), Act, new Shape(1, new Accused("ст.337 ч.4 УК РФ; ст.337 ч.5 УК РФ", Real(66)))),
        new("chita", Jan, Verdict(FebMar), Act, new Shape(2, Awol31.Gets(Suspended(24, 12)))),
        new("krasnoyarsk", Jan, Verdict(FebMar), Act, new Shape(2, Awol5.Gets(Real(72)))),
        new("yekaterinburg", Jan, Verdict(FebMar), Act, new Shape(3, Awol21.Gets(Unit(12)))),
        // ── Art. 337, sentences known from court press releases (40 cases) ──
        new("kamchatka", Oct, Verdict(NovDec), Press, new Shape(2, Awol5.Gets(Real(84)))),
        new("sakhalin", Nov, Verdict(DecJan), Press, new Shape(2, Awol5.Gets(Suspended(72, 48)))),
        new("sakhalin", Dec, Verdict(JanFeb), Press, new Shape(1, Awol5.Gets(Suspended(84, 60)))),
        new("sakhalin", Jan, Verdict(FebMar), Press, new Shape(1, Awol5.Gets(Suspended(96, 60)).Named("Зайцев Владимир Сергеевич"))),
        new("murmansk", Nov, Verdict(DecJan), Press, new Shape(3, Awol5.Gets(Real(60)))),
        new("vladivostok", Dec, Verdict(JanFeb), Press, new Shape(4, Awol31.Gets(Suspended(36, 24)))),
        new("novosibirsk", Dec, Verdict(JanFeb), Press, new Shape(3, Awol21.Gets(Unit(12)))),
        new("ulanude", Dec, Verdict(JanFeb), Press, new Shape(5, Awol5.Gets(Real(66)))),
        new("rostov", Jan, Verdict(FebMar), Press, new Shape(6, Awol31.Gets(Real(30, ColonyRegime.Settlement)))),
        new("moscow235", Jan, Verdict(FebMar), Press, new Shape(5, Awol5.Gets(Suspended(60, 48)))),
        new("nnovgorod", Jan, Verdict(FebMar), Press, new Shape(4, Awol21.Gets(Suspended(12, 12)))),
        new("voronezh", Jan, Verdict(FebMar), Press, new Shape(4, Awol31.Gets(Real(36)))),
        // ── Art. 337, sentences known from lawyers, relatives and the desk's own entries (28 cases) ──
        new("kaliningrad", Nov, Verdict(DecJan), Lawyer, new Shape(5, Awol21.Gets(Suspended(12, 12)))),
        new("spb", Dec, Verdict(JanFeb), Lawyer, new Shape(4, Awol5.Gets(Real(60)))),
        new("narofominsk", Dec, Verdict(JanFeb), Lawyer, new Shape(6, Awol5.Gets(Real(54)))),
        new("murmansk", Jan, Verdict(FebMar), Manual, new Shape(5, Awol31.Gets(Real(30, ColonyRegime.Settlement)))),
        new("pskov", Jan, Verdict(FebMar), Relatives, new Shape(2, Awol5.Gets(Suspended(48, 24)))),
        new("yekaterinburg", Jan, Verdict(FebMar), Manual, new Shape(2, Awol21.Gets(Unit(12)))),
        new("tula", Jan, Verdict(FebMar), Lawyer, new Shape(4, Awol5.Gets(Real(48)))),
        // ── Art. 337, verdicts whose sentence nobody published ──
        new(AnyCourt, Oct, Verdict(NovDec), None, Awol(2, 1, 0)),
        new(AnyCourt, Nov, Verdict(DecJan), None, Awol(8, 4, 2)),
        new(AnyCourt, Dec, Verdict(JanFeb), None, [.. Awol(12, 7, 4, twoCounts: 2), new(2, Awol5, Awol5), new(1, Awol31, Awol31, Awol31)]),
        new(AnyCourt, Jan, Verdict(FebMar), None, [.. Awol(18, 10, 7, twoCounts: 2), new(2, Awol21, Awol21)]),
        new(AnyCourt, Jan, Verdict(BetweenSnapshots), None, Awol(8, 4, 3)),
        new(AnyCourt, Feb, Verdict(MarToSnapshot), None, Awol(28, 16, 12)),
        new(AnyCourt, Feb, Verdict(BetweenSnapshots), None, Awol(35, 20, 12, twoCounts: 2)),
        new(AnyCourt, MarEarly, Verdict(BetweenSnapshots), None, Awol(10, 8, 6)),
        new(AnyCourt, Jan, Verdict(AfterSnapshots), None, Awol(2, 1, 0)),
        new(AnyCourt, Feb, Verdict(AfterSnapshots), None, Awol(5, 3, 2)),
        // ── Art. 337, other decisions and cases still pending ──
        new(AnyCourt, Nov, Returned(DecJan), None, Awol(1, 0, 0)),
        new(AnyCourt, Dec, Dismissed(JanFeb), None, Awol(0, 1, 1)),
        new(AnyCourt, Dec, Returned(JanFeb), None, Awol(1, 0, 0)),
        new(AnyCourt, Jan, Returned(FebMar), None, Awol(2, 1, 0)),
        new(AnyCourt, Jan, Transferred(FebMar), None, Awol(1, 0, 1)),
        new(AnyCourt, Feb, Returned(MarToSnapshot), None, Awol(1, 1, 0)),
        new(AnyCourt, Feb, Dismissed(MarToSnapshot), None, Awol(1, 0, 1)),
        new(AnyCourt, Feb, Transferred(MarToSnapshot), None, Awol(0, 1, 0)),
        new(AnyCourt, Feb, Pending, None, Awol(3, 2, 1)),
        new(AnyCourt, Mar, Pending, None, Awol(54, 29, 21)),
        new(AnyCourt, MarLate, Pending, None, [.. Awol(62, 35, 29), new(10, Awol5, Awol5), new(10, Awol31, Awol31), new(3, Awol5, Awol5, Awol5)]),
        new(AnyCourt, Apr, Pending, None, Awol(4, 3, 2)),

        // ── Art. 332, disobedience: 10 verdicts, 16 convicted, real terms 1 y 8 m – 4 y ──
        new("kursk", W("2022-11-18", "2022-11-18"), Verdict(W("2022-12-20", "2022-12-20")), Act,
            new Shape(1, Disobedience.Gets(Real(36, ColonyRegime.Settlement)).Named("Селиванов Алексей Игоревич"),
                Disobedience.Gets(Real(36, ColonyRegime.Settlement)).Named("Дегтярёв Юрий Андреевич"))),
        new("rostov", W("2022-12-12", "2022-12-12"), Verdict(W("2023-02-17", "2023-02-17")), Press,
            new Shape(1, Disobedience.Gets(Real(42)).Named("Котов Владимир Николаевич"), Disobedience.Gets(Real(40)).Named("Котов Егор Николаевич"))),
        new("novocherkassk", W("2023-01-20", "2023-01-20"), Verdict(W("2023-03-14", "2023-03-14")), Press,
            new Shape(1, Disobedience.Gets(Real(42)), Disobedience.Gets(Real(42)), Disobedience.Gets(Real(45)), Disobedience.Gets(Real(48)), Disobedience.Gets(Real(48)))),
        new("chita", Oct, Verdict(NovDec), Act, new Shape(1, Disobedience.Gets(Real(20, ColonyRegime.Settlement)))),
        new("yekaterinburg", Nov, Verdict(DecJan), Act, new Shape(1, Disobedience.Gets(Real(24, ColonyRegime.Settlement)))),
        new("tula", Dec, Verdict(JanFeb), Press, new Shape(1, Disobedience.Gets(Real(36)))),
        new("perm", Jan, Verdict(FebMar), Lawyer, new Shape(2, Disobedience.Gets(Real(30, ColonyRegime.Settlement)))),
        new("moscow235", Feb, Verdict(MarToSnapshot), Lawyer, new Shape(1, Disobedience.Gets(Real(28, ColonyRegime.Settlement)))),
        new("vladivostok", Feb, Verdict(BetweenSnapshots), Lawyer, new Shape(1, Disobedience.Gets(Real(26, ColonyRegime.Settlement)))),
        // Senior Lieutenant Vasilets: sentenced on 7 April 2023, after the study's date, to 2 y 5 m in a settlement colony.
        new("murmansk", W("2023-02-20", "2023-02-20"), Verdict(W("2023-04-07", "2023-04-07")), Press,
            new Shape(1, Disobedience.Gets(Real(29, ColonyRegime.Settlement)))),
        new(AnyCourt, Oct, Returned(NovDec), None, new Shape(1, Disobedience)),
        new(AnyCourt, Nov, Returned(DecJan), None, new Shape(1, Disobedience)),
        new(AnyCourt, Dec, Dismissed(JanFeb), None, new Shape(1, Disobedience)),
        new(AnyCourt, Oct, Pending, None, new Shape(1, Disobedience)),
        new(AnyCourt, Nov, Pending, None, new Shape(1, Disobedience)),
        new(AnyCourt, Dec, Pending, None, new Shape(1, Disobedience)),
        new(AnyCourt, Jan, Pending, None, new Shape(1, Disobedience)),
        new(AnyCourt, Feb, Pending, None, new Shape(2, Disobedience)),
        new(AnyCourt, Mar, Pending, None, new Shape(5, Disobedience)),
        new(AnyCourt, MarLate, Pending, None, new Shape(4, Disobedience)),
        new(AnyCourt, Apr, Pending, None, new Shape(1, Disobedience)),

        // ── Art. 334, violence against a superior: 11 verdicts; two pending cases with three defendants ──
        new("narofominsk", Nov, Verdict(W("2023-01-25", "2023-01-25")), Press,
            new Shape(1, new Accused("ст.334 ч.3 УК РФ; ст.336 ч.2 УК РФ", Real(66), "Лешков Александр Викторович"))),
        new("omsk", Dec, Verdict(JanFeb), Act, new Shape(1, Violence.Gets(Real(72)).Named("Рыбин Станислав Андреевич"))),
        new("chita", Dec, Verdict(JanFeb), Act, new Shape(1, Violence.Gets(Real(60)))),
        new("vladivostok", Jan, Verdict(FebMar), Act, new Shape(1, Violence.Gets(Real(66)))),
        new(AnyCourt, Oct, Verdict(NovDec), None, new Shape(1, Violence)),
        new(AnyCourt, Nov, Verdict(DecJan), None, new Shape(2, Violence)),
        new(AnyCourt, Dec, Verdict(JanFeb), None, new Shape(1, Violence)),
        new(AnyCourt, Jan, Verdict(FebMar), None, new Shape(1, Violence)),
        new(AnyCourt, Jan, Verdict(BetweenSnapshots), None, new Shape(1, Violence)),
        new(AnyCourt, Feb, Verdict(BetweenSnapshots), None, new Shape(1, Violence)),
        new(AnyCourt, Jan, Pending, None, new Shape(2, Violence)),
        new(AnyCourt, Feb, Pending, None, new Shape(4, Violence)),
        new(AnyCourt, Mar, Pending, None, new Shape(4, Violence)),
        new(AnyCourt, MarLate, Pending, None, new Shape(2, Violence), new Shape(2, Violence, Violence, Violence)),
        new(AnyCourt, Apr, Pending, None, new Shape(1, Violence)),

        // ── Art. 338, desertion: 14 cases, all in court by 21 March; 3 verdicts ──
        new("chita", Oct, Verdict(NovDec), Act, new Shape(1, Desertion.Gets(Real(60)))),
        new(AnyCourt, Nov, Verdict(DecJan), None, new Shape(1, Desertion)),
        new(AnyCourt, Dec, Verdict(BetweenSnapshots), None, new Shape(1, Desertion)),
        new(AnyCourt, Nov, Returned(DecJan), None, new Shape(1, Desertion)),
        new(AnyCourt, Dec, Pending, None, new Shape(2, Desertion)),
        new(AnyCourt, Jan, Pending, None, new Shape(3, Desertion)),
        new(AnyCourt, Feb, Pending, None, new Shape(3, Desertion)),
        new(AnyCourt, Mar, Pending, None, new Shape(2, Desertion)),

        // ── Other mobilisation-era articles: resisting a superior, malingering, surrender, looting ──
        new(AnyCourt, Nov, Verdict(DecJan), None, new Shape(1, new Accused("ст.339 ч.3 УК РФ"))),
        new(AnyCourt, Dec, Pending, None, new Shape(1, new Accused("ст.333 ч.3 УК РФ"))),
        new(AnyCourt, Jan, Verdict(BetweenSnapshots), None, new Shape(1, new Accused("ст.352.1 ч.1 УК РФ"))),
        new(AnyCourt, Feb, Pending, None, new Shape(1, new Accused("ст.356.1 ч.1 УК РФ"))),
        new(AnyCourt, Mar, Pending, None, new Shape(1, new Accused("ст.339 ч.3 УК РФ"))),
        new(AnyCourt, MarLate, Pending, None, new Shape(1, new Accused("ст.352.1 ч.1 УК РФ")), new Shape(1, new Accused("ст.333 ч.3 УК РФ")),
            new Shape(1, new Accused("ст.356.1 ч.1 УК РФ"))),
        new(AnyCourt, Apr, Pending, None, new Shape(1, new Accused("ст.352.1 ч.1 УК РФ"))),

        // ── Not counted on 3 April 2023: received later, or not under a mobilisation-era part ──
        new(AnyCourt, AfterStudy, Pending, None, [.. Awol(6, 4, 2), new(1, Disobedience)]),
        new(AnyCourt, Dec, Verdict(JanFeb), None, new Shape(3, new Accused("ст.337 ч.4 УК РФ"))),
        new(AnyCourt, Jan, Verdict(FebMar), None, new Shape(2, new Accused("ст.228 ч.2 УК РФ"))),
        new(AnyCourt, Feb, Pending, None, new Shape(2, new Accused("ст.264.1 ч.1 УК РФ"))),
        new(AnyCourt, Nov, Returned(DecJan), None, new Shape(1, new Accused("ст.338 ч.1 УК РФ"))),
    ];

    /// <summary>
    /// Every case of the table: shapes of a block interleaved so that each spreads over the block's windows; blocks of
    /// <see cref="AnyCourt"/> take the courts in turn. Numbered per court and year in order of entry, as courts do.
    /// </summary>
    public static IReadOnlyList<PlannedCase> Expand()
    {
        var courtKeys = Courts.Keys.ToArray();
        var nextCourt = 0;
        var drafts = new List<(string Court, DateOnly Entry, DateOnly? Decided, Block Block, Accused[] Defendants)>();
        foreach (var block in Blocks)
        {
            var shapes = Interleave(block.Shapes);
            for (var i = 0; i < shapes.Count; i++)
            {
                var entry = block.Received.At(i, shapes.Count);
                var decided = block.Decision.When?.At(i, shapes.Count);
                if (decided is { } d && d.DayNumber - entry.DayNumber < 7)
                    throw new InvalidOperationException($"plan: a case received {entry} cannot be decided on {d}");
                var court = block.Court == AnyCourt ? courtKeys[nextCourt++ % courtKeys.Length] : block.Court;
                drafts.Add((court, entry, decided, block, shapes[i].Defendants));
            }
        }
        var numbers = new Dictionary<(string, int), int>();
        return
        [
            .. drafts.OrderBy(d => d.Entry).Select((d, sequence) =>
            {
                var number = numbers[(d.Court, d.Entry.Year)] = numbers.GetValueOrDefault((d.Court, d.Entry.Year)) + 1;
                return new PlannedCase(d.Court, Courts[d.Court], $"1-{number}/{d.Entry.Year}", sequence + 1, d.Entry, d.Decided,
                    d.Block.Decision.Wording, d.Block.Source, d.Defendants);
            }),
        ];
    }

    /// <summary>Shapes in the order of their share: 3 × A and 1 × B give A A B A (stable, so deterministic).</summary>
    static List<Shape> Interleave(Shape[] shapes) =>
        [
            .. shapes.SelectMany((shape, s) => Enumerable.Range(0, shape.Count).Select(k => (Key: (k + 0.5) / shape.Count, s, shape)))
                .OrderBy(x => x.Key).ThenBy(x => x.s).Select(x => x.shape),
        ];

    static Window W(string from, string to) => new(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
        DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));
}
