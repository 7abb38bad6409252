using Mediazona.Courts.Hosts;

namespace Mediazona.Courts.Tests.Hosts;

public class CourtHostsTests
{
    [Theory]
    [InlineData("gvs.krs.sudrf.ru", "gvs--krs.sudrf.ru")]
    [InlineData("tihookeanskyfvs.prm.sudrf.ru", "tihookeanskyfvs--prm.sudrf.ru")]
    [InlineData("vkas.sudrf.ru", "vkas--sudrf.ru")]
    [InlineData("gvs--krs.sudrf.ru", "gvs--krs.sudrf.ru")]
    public void The_site_form_swaps_only_the_first_dot(string dot, string site)
    {
        Assert.Equal(site, CourtHosts.SiteForm(dot));
        Assert.Equal(dot.Replace("--", ".", StringComparison.Ordinal), CourtHosts.PortalForm(site));
    }

    [Theory]
    [InlineData(" WWW.Gvs.Krs.Sudrf.Ru:443 ", "gvs.krs.sudrf.ru")]
    [InlineData("gvs--krs.sudrf.ru.", "gvs--krs.sudrf.ru")]
    public void Hosts_are_normalised(string host, string expected)
    {
        Assert.Equal(expected, CourtHosts.Normalise(host));
    }

    [Theory]
    [InlineData("https://gvs--krs.sudrf.ru/modules.php?name=sud_delo", "gvs--krs.sudrf.ru")]
    [InlineData("//counter.sudrf.ru/cnt.php?ssid=77GV0020", "counter.sudrf.ru")]
    [InlineData("modules.php?name=sud_delo", null)]
    [InlineData("ftp://gvs.krs.sudrf.ru/", null)]
    [InlineData(null, null)]
    public void Urls_give_their_host(string? url, string? host)
    {
        Assert.Equal(host, CourtHosts.HostOfUrl(url));
    }
}
