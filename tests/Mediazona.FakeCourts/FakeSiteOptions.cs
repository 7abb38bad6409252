namespace Mediazona.FakeCourts;

/// <summary>What the fake site serves: how many courts, how many cases, and how slow or strict it is.</summary>
public sealed record FakeSiteOptions
{
    /// <summary>0 = a free port.</summary>
    public int Port { get; init; }
    public int Courts { get; init; } = 12;
    public int Seed { get; init; } = 16;
    /// <summary>Courts are 99GV0001, 99GV0002, …: another first number keeps two sites' courts apart in one suite.</summary>
    public int FirstCodeNumber { get; init; } = 1;
    /// <summary>The first court (plain generation A) holds this many cases: the backfill measurement court.</summary>
    public int FirstCourtCases { get; init; } = 700;
    public int MinCases { get; init; } = 30;
    public int MaxCases { get; init; } = 90;
    /// <summary>The last day with entries: fixed, so the truth does not depend on when the test runs.</summary>
    public DateOnly Until { get; init; } = new(2026, 11, 30);
    /// <summary>How long the slow court takes to answer.</summary>
    public TimeSpan SlowAnswer { get; init; } = TimeSpan.FromMilliseconds(400);
    /// <summary>How many searches one solved captcha serves before the site refuses it and asks for a new one.</summary>
    public int CaptchaAnswerLasts { get; init; } = 25;

    /// <summary>--port 8090 --courts 20 --seed 16 --cases 700</summary>
    public static FakeSiteOptions FromArgs(string[] args)
    {
        var options = new FakeSiteOptions { Port = 8090 };
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--port" => options with { Port = value },
                "--courts" => options with { Courts = value },
                "--seed" => options with { Seed = value },
                "--cases" => options with { FirstCourtCases = value },
                _ => throw new ArgumentException($"unknown option {args[i]} (use --port, --courts, --seed, --cases)"),
            };
        }
        return options;
    }
}
