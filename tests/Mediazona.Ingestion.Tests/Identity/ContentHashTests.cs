using Google.Protobuf;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Ingestion.Identity;
using Mediazona.Ingestion.Tests.Support;

namespace Mediazona.Ingestion.Tests.Identity;

public class ContentHashTests
{
    static readonly string Baseline = ContentHash.Of(TestCases.Valid());

    [Fact]
    public void Hash_is_64_hex_characters() => Assert.Matches("^[0-9a-f]{64}$", Baseline);

    [Fact]
    public void Same_content_gives_the_same_hash() => Assert.Equal(Baseline, ContentHash.Of(TestCases.Valid()));

    [Fact]
    public void Volatile_fields_are_ignored()
    {
        var courtCase = TestCases.Valid();
        courtCase.SourceUrl = "https://mirror.example/other";
        courtCase.Events[0].PublishedDate = "2024-05-01";
        courtCase.Events[1].PublishedDate = "";
        courtCase.FetchedAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(new DateTimeOffset(2024, 5, 1, 9, 0, 0, TimeSpan.Zero));
        courtCase.PageSha256 = new string('a', 64);
        Assert.Equal(Baseline, ContentHash.Of(courtCase));
    }

    [Fact]
    public void Hashing_does_not_change_the_case()
    {
        var courtCase = TestCases.Valid();
        _ = ContentHash.Of(courtCase);
        Assert.Equal(TestCases.Valid(), courtCase);
    }

    /// <summary>The definition, computed the long way: SHA-256 of the bytes of a copy without its volatile parts.</summary>
    static string Reference(CourtCase courtCase)
    {
        var stable = courtCase.Clone();
        stable.SourceUrl = "";
        foreach (var caseEvent in stable.Events)
            caseEvent.PublishedDate = "";
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stable.ToByteArray()));
    }

    [Fact]
    public void Hashing_the_bytes_of_a_case_with_volatile_parts_still_leaves_them_out()
    {
        var courtCase = TestCases.Valid();
        Assert.NotEqual("", courtCase.SourceUrl);
        Assert.Equal(Reference(courtCase), ContentHash.Of(courtCase, courtCase.ToByteArray()));
    }

    [Fact]
    public void Hashing_the_bytes_of_a_case_without_volatile_parts_hashes_them_as_they_are()
    {
        var courtCase = TestCases.Valid();
        courtCase.SourceUrl = "";
        foreach (var caseEvent in courtCase.Events)
            caseEvent.PublishedDate = "";
        var bytes = courtCase.ToByteArray();
        Assert.Equal(Reference(courtCase), ContentHash.Of(courtCase, bytes));
        Assert.Equal(Baseline, ContentHash.Of(courtCase, bytes));
    }

    public static TheoryData<string> Changes() => new(Edits.Keys);

    static readonly Dictionary<string, Action<CourtCase>> Edits = new()
    {
        ["court name"] = c => c.Court.Name = "Другой суд",
        ["court host"] = c => c.Court.Host = "other.sudrf.ru",
        ["case uid"] = c => c.CaseUid = "uid",
        ["decision date"] = c => c.DecisionDate = "2024-03-02",
        ["outcome"] = c => c.Outcome = Outcome.Dismissed,
        ["judge"] = c => c.Judge = "Сидоров",
        ["defendant name"] = c => c.Defendants[0].Name = "Информация скрыта",
        ["charge part"] = c => c.Defendants[0].Charges[0].Part = "3.1",
        ["punishment"] = c => c.Defendants[0].Punishment = new Punishment { Kind = PunishmentKind.Fine, FineRubles = 1 },
        ["new event"] = c => c.Events.Add(new CaseEvent { Name = "Обжалование" }),
        ["event result"] = c => c.Events[0].Result = "Отложено",
        ["act text"] = c => c.Acts[0].Text += ".",
        ["annotation"] = c => c.Annotations[0].Source = FactSource.Lawyer,
        ["event order"] = c => c.Events.Move(0, 1),
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Any_real_change_gives_a_new_hash(string change)
    {
        var courtCase = TestCases.Valid();
        Edits[change](courtCase);
        Assert.NotEqual(Baseline, ContentHash.Of(courtCase));
    }
}

static class RepeatedFieldExtensions
{
    public static void Move<T>(this Google.Protobuf.Collections.RepeatedField<T> list, int from, int to)
    {
        var item = list[from];
        list.RemoveAt(from);
        list.Insert(to, item);
    }
}
