using System.Text;
using Mediazona.Collection.Sources.Sudrf;
using Mediazona.Collection.Tests.Support;

namespace Mediazona.Collection.Tests.Sources.Sudrf;

public class PageClassifierTests
{
    [Theory]
    [InlineData(RealPages.ListA, PageKind.List)]
    [InlineData(RealPages.ListB, PageKind.List)]
    [InlineData(RealPages.NoResultsA, PageKind.EmptyList)]
    [InlineData(RealPages.CaptchaFormA, PageKind.Captcha)]
    [InlineData(RealPages.CaptchaRefused, PageKind.Captcha)]
    [InlineData(RealPages.PgConnect, PageKind.Unavailable)]
    [InlineData(RealPages.ModuleOff, PageKind.ModuleOff)]
    [InlineData(RealPages.SecurityBlock, PageKind.Blocked)]
    [InlineData(RealPages.AntiBotStub, PageKind.Blocked)]
    [InlineData(RealPages.Calendar, PageKind.QueryIgnored)]
    [InlineData(RealPages.UnknownLayout, PageKind.Unknown)]
    [InlineData("<html><body>В настоящий момент производится информационное наполнение сайта. Обратитесь к странице позже</body></html>", PageKind.Unavailable)]
    [InlineData("<html><body>ERROR LEVEL 2</body></html>", PageKind.QueryIgnored)]
    [InlineData("<html><body><div class=\"casenumber\">ДЕЛО № 1-1/2026</div></body></html>", PageKind.Card)]
    [InlineData("<html><body><div class=\"case-num\">Дело № 1-1/2026</div></body></html>", PageKind.Card)]
    public void Reads_each_documented_page_as_its_kind(string html, PageKind expected) =>
        Assert.Equal(expected, PageClassifier.Classify(200, html).Kind);

    [Theory]
    [InlineData(403, PageKind.Blocked)]
    [InlineData(404, PageKind.NotFound)]
    [InlineData(502, PageKind.Unavailable)]
    [InlineData(503, PageKind.Unavailable)]
    [InlineData(301, PageKind.Unknown)]
    public void An_http_error_is_a_fault_whatever_the_page_says(int status, PageKind expected)
    {
        var verdict = PageClassifier.Classify(status, RealPages.NoResultsA);
        Assert.Equal(expected, verdict.Kind);
        Assert.True(verdict.IsFault);
    }

    [Fact]
    public void A_captcha_error_or_unknown_page_is_never_an_empty_list()
    {
        foreach (var page in new[] { RealPages.CaptchaRefused, RealPages.PgConnect, RealPages.UnknownLayout, RealPages.ModuleOff, "" })
            Assert.NotEqual(PageKind.EmptyList, PageClassifier.Classify(200, page).Kind);
    }

    [Fact]
    public void A_utf8_maintenance_page_is_recognised_after_decoding_by_its_bytes()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><body>В связи с проведением работ по обновлению сайт недоступен</body></html>");
        var verdict = PageClassifier.Classify(200, Windows1251.Decode(bytes, contentType: null));
        Assert.Equal(PageKind.Unavailable, verdict.Kind);
    }

    [Fact]
    public void The_cause_names_the_text_that_gave_the_page_away()
    {
        Assert.Contains("Данный модуль неактивен", PageClassifier.Classify(200, RealPages.ModuleOff).Cause, StringComparison.Ordinal);
        Assert.Contains("HTTP 403", PageClassifier.Classify(403, "<p>Данный запрос некорректен</p>").Cause, StringComparison.Ordinal);
    }
}
