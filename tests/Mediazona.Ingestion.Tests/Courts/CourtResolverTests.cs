using Mediazona.Contracts.Cases.V1;
using Mediazona.Ingestion.Courts;
using Mediazona.Ingestion.Sources.Sudrf;
using CourtRegistry = Mediazona.Courts.Registry.CourtRegistry;

namespace Mediazona.Ingestion.Tests.Courts;

public class CourtResolverTests
{
    static readonly CourtRegistry Registry = CourtRegistry.Current;

    static (Court Court, CourtResolution Resolution) Resolve(string[] codes, string? sender = null, string url = "", string[]? hosts = null, string name = "") =>
        CourtResolver.Resolve(new PageCourtClues(codes, hosts ?? [], name), url, sender, Registry)
        ?? throw new Xunit.Sdk.XunitException("no court");

    [Fact]
    public void The_page_code_wins_over_the_host_and_the_sender_over_both()
    {
        Assert.Equal("39GV0005", Resolve(["39GV0005"], url: "https://gvs--krs.sudrf.ru/").Court.Code);
        Assert.Equal("63GV0001", Resolve(["39GV0005"], sender: "63gv0001", url: "https://gvs--krs.sudrf.ru/").Court.Code);
        Assert.Equal("77GV0020", Resolve([], url: "https://gvs--krs.sudrf.ru/").Court.Code);
    }

    [Fact]
    public void A_sender_that_contradicts_the_page_and_its_host_is_recorded_twice()
    {
        var (_, resolution) = Resolve(["39GV0005"], sender: "63GV0001", url: "https://gvs--krs.sudrf.ru/");
        Assert.Equal(3, resolution.Disagreements.Count);
        Assert.Contains(resolution.Disagreements, d => d.Contains("sender's code 63GV0001 differs from the page's code 39GV0005", StringComparison.Ordinal));
        Assert.Contains(resolution.Disagreements, d => d.Contains("sender's code 63GV0001 differs from the registry's court for the page's host, 77GV0020", StringComparison.Ordinal));
        Assert.Contains(resolution.Disagreements, d => d.Contains("page's code 39GV0005 differs", StringComparison.Ordinal));
    }

    [Fact]
    public void Witnesses_that_agree_leave_no_disagreement()
    {
        var (court, resolution) = Resolve(["77GV0020"], sender: "77GV0020", url: "https://gvs.krs.sudrf.ru/");
        Assert.Equal(("77GV0020", CourtCodeSource.Sender, "77GV0020", "77GV0020", "77GV0020"),
            (court.Code, resolution.Source, resolution.SenderCode, resolution.PageCode, resolution.HostCode));
        Assert.Empty(resolution.Disagreements);
    }

    [Fact]
    public void Several_codes_on_one_page_are_a_disagreement_and_the_first_is_taken()
    {
        var (court, resolution) = Resolve(["77GV0020", "77OV0000"]);
        Assert.Equal("77GV0020", court.Code);
        Assert.Contains("several court codes: 77GV0020, 77OV0000", Assert.Single(resolution.Disagreements), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_source_url_the_host_most_links_point_to_decides()
    {
        var hosts = new[] { "vkas--sudrf.ru", "gvs--krs.sudrf.ru", "gvs.krs.sudrf.ru", "ej.sudrf.ru" };
        Assert.Equal("77GV0020", Resolve([], hosts: hosts).Court.Code);
    }

    [Fact]
    public void The_pages_name_wins_over_the_registrys()
    {
        Assert.Equal("Курский ГВС", Resolve(["77GV0020"], name: "Курский ГВС").Court.Name);
        Assert.Equal("Курский гарнизонный военный суд", Resolve(["77GV0020"]).Court.Name);
        Assert.Equal("", Resolve(["46GV0001"]).Court.Name);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Курск")]
    public void No_code_anywhere_is_no_court(string? sender)
    {
        Assert.Null(CourtResolver.Resolve(new PageCourtClues([], ["kursky-gvs.krs.sudrf.ru"], ""), "https://kursky-gvs.krs.sudrf.ru/", sender, Registry));
    }
}
