using Mediazona.Collection.Sources.Sudrf;
using Mediazona.Collection.Tests.Support;

namespace Mediazona.Collection.Tests.Sources.Sudrf;

public class CourtCodesTests
{
    [Theory]
    [InlineData("<a href=\"https://ej.sudrf.ru/?fromOa=77GV0020\">", "77GV0020")]
    [InlineData("<img src=\"//counter.sudrf.ru/cnt.php?ssid=39GV0005\">", "39GV0005")]
    [InlineData("<a href= ./modules.php?name=sud_delo&page=2&vnkod=54KV0000&delo_id=1540006>", "54KV0000")]
    [InlineData(RealPages.ListA, "77OV0000")]
    public void Finds_the_code_a_page_shows_of_itself(string html, string expected) => Assert.Equal(expected, CourtCodes.FromPage(html));

    [Fact]
    public void A_page_without_a_code_gives_none() => Assert.Null(CourtCodes.FromPage(RealPages.CaptchaRefused));
}
