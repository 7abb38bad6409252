using Mediazona.Gateway.Routing;
using Microsoft.Extensions.Configuration;

namespace Mediazona.Gateway.Tests.Routing;

public class SuiteServicesTests
{
    static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();

    [Fact]
    public void Reads_the_three_service_urls()
    {
        var services = SuiteServices.FromConfiguration(Config(
            ("Services:Ingestion", "http://10.0.0.1:5101"),
            ("Services:Classification", "http://10.0.0.2:5102"),
            ("Services:Statistics", "http://10.0.0.3:5103")));
        Assert.Equal(new Uri("http://10.0.0.1:5101"), services.Ingestion);
        Assert.Equal(new Uri("http://10.0.0.2:5102"), services.Classification);
        Assert.Equal(new Uri("http://10.0.0.3:5103"), services.Statistics);
        Assert.Null(services.Collection); // optional: the collector's routes are then not served
    }

    [Fact]
    public void Reads_the_collector_when_given()
    {
        var services = SuiteServices.FromConfiguration(Config(
            ("Services:Ingestion", "http://10.0.0.1:5101"),
            ("Services:Classification", "http://10.0.0.2:5102"),
            ("Services:Statistics", "http://10.0.0.3:5103"),
            ("Services:Collection", "http://10.0.0.4:5104")));
        Assert.Equal(new Uri("http://10.0.0.4:5104"), services.Collection);
        Assert.Equal(new Uri("http://10.0.0.4:5104"), services.ByName["collection"]);
    }

    [Fact]
    public void A_missing_service_url_stops_start_up_naming_its_key()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SuiteServices.FromConfiguration(Config(
            ("Services:Ingestion", "http://10.0.0.1:5101"),
            ("Services:Statistics", "http://10.0.0.3:5103"))));
        Assert.Contains("Services:Classification", error.Message);
    }

    [Theory]
    [InlineData("127.0.0.1:5103")]
    [InlineData("ftp://127.0.0.1:5103")]
    [InlineData("/relative")]
    public void A_service_url_that_is_not_absolute_http_is_rejected(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => SuiteServices.FromConfiguration(Config(
            ("Services:Ingestion", "http://10.0.0.1:5101"),
            ("Services:Classification", "http://10.0.0.2:5102"),
            ("Services:Statistics", value))));
        Assert.Contains("Services:Statistics", error.Message);
    }
}
