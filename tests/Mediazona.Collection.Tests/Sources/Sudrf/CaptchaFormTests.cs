using Mediazona.Collection.Sources.Sudrf;
using Mediazona.Collection.Tests.Support;

namespace Mediazona.Collection.Tests.Sources.Sudrf;

public class CaptchaFormTests
{
    [Fact]
    public void Generation_A_form_gives_its_captchaid_and_the_inline_picture_with_a_space_after_the_colon()
    {
        var challenge = CaptchaForm.Read(RealPages.CaptchaFormA)!;
        Assert.Equal(("v3ruvq66jtumpc886v4g0fp6o7", "image/png"), (challenge.Id, challenge.ImageType));
        Assert.Equal(Convert.FromBase64String("iVBORw0KGgo="), challenge.Image);
    }

    [Fact]
    public void Generation_B_form_with_the_value_before_the_name_and_the_picture_split_over_lines()
    {
        const string page = """
            <form class="form-container" id="search-form"><div class="form-item general-item category-item">Проверочный код
            <img alt="" src='data:image/png;base64,iVBORw0K
            Ggo='><input type=text name=captcha><input value="0a1b2c3d4e5f6g7h8i9j0k1l2m" type="hidden" name="captchaid"></div></form>
            """;
        var challenge = CaptchaForm.Read(page)!;
        Assert.Equal("0a1b2c3d4e5f6g7h8i9j0k1l2m", challenge.Id);
        Assert.Equal(Convert.FromBase64String("iVBORw0KGgo="), challenge.Image);
    }

    [Theory]
    [InlineData(RealPages.CaptchaRefused)] // the refusal shows no new challenge: the form must be fetched
    [InlineData("""<input name="captchaid" type="hidden" value="abc"><img src="/captcha.php">""")] // no inline picture
    [InlineData("""<input name="captchaid" value="abc"><img src="data:image/png;base64,@@@">""")] // not base64
    [InlineData("""<input name="captcha_other" value="abc"><img src="data:image/png;base64,iVBORw0KGgo=">""")] // no captchaid
    public void A_page_without_a_readable_challenge_gives_none(string page) => Assert.Null(CaptchaForm.Read(page));
}
