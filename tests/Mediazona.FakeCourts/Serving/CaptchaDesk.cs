using System.Collections.Concurrent;

namespace Mediazona.FakeCourts.Serving;

/// <summary>
/// One captcha court's challenges, as the real sites behave: every search form (name_op=sf) issues a new 26-character
/// captchaid with a 5-digit answer drawn in an inline PNG; a search that carries a known id with its answer is served, and
/// one answer lasts across pages until it has served <see cref="FakeSiteOptions.CaptchaAnswerLasts"/> searches, after
/// which the site refuses it («Неверно указан проверочный код с картинки.») and a new one must be solved.
/// </summary>
public sealed class CaptchaDesk(int seed, int answerLasts)
{
    readonly ConcurrentDictionary<string, Challenge> _issued = new();
    readonly Random _random = new(seed);
    readonly Lock _gate = new();

    sealed class Challenge(string answer)
    {
        public string Answer { get; } = answer;
        public int Served;
    }

    /// <summary>A new challenge: its id and the digits its picture shows.</summary>
    public (string Id, string Answer) Issue()
    {
        string id, answer;
        lock (_gate)
        {
            id = new string(Enumerable.Range(0, 26).Select(_ => "abcdefghijklmnopqrstuvwxyz0123456789"[_random.Next(36)]).ToArray());
            answer = _random.Next(0, 100_000).ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
        }
        _issued[id] = new Challenge(answer);
        return (id, answer);
    }

    /// <summary>The digits of an issued challenge, as a person reads them off the picture (null for an id never issued).</summary>
    public string? AnswerOf(string id) => _issued.TryGetValue(id, out var challenge) ? challenge.Answer : null;

    /// <summary>Whether a search with this answer is served (and counts it against the answer's lifetime).</summary>
    public bool Admits(string id, string answer) =>
        _issued.TryGetValue(id, out var challenge) && challenge.Answer == answer && Interlocked.Increment(ref challenge.Served) <= answerLasts;

    /// <summary>How many challenges were issued (each one a picture somebody had to solve).</summary>
    public int Issued => _issued.Count;
}
