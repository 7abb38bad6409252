using Mediazona.Gateway.Security;
using Microsoft.Extensions.Configuration;

namespace Mediazona.Gateway.Tests.Security;

public sealed class ApiKeysTests
{
    static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();

    static string Hex(string key) => Convert.ToHexString(ApiKeys.Hash(key));

    [Fact]
    public void Keys_are_found_by_their_hash_and_carry_their_name_and_scopes()
    {
        var keys = ApiKeys.FromConfiguration(Config(
            ("Auth:Keys:dashboard:Sha256", Hex("dash-secret").ToLowerInvariant()),
            ("Auth:Keys:dashboard:Scopes", "read"),
            ("Auth:Keys:scraper:Sha256", Hex("scrape-secret")),
            ("Auth:Keys:scraper:Scopes", "ingest read"),
            ("Auth:Keys:scraper:PermitsPerSecond", "5"),
            ("Auth:AdminKey", "local-dev-key")));

        Assert.Equal(("dashboard", Scopes.Read), (keys.Find("dash-secret")!.Name, keys.Find("dash-secret")!.Scopes));
        Assert.Equal(("scraper", Scopes.Ingest | Scopes.Read, (double?)5), (keys.Find("scrape-secret")!.Name, keys.Find("scrape-secret")!.Scopes, keys.Find("scrape-secret")!.PermitsPerSecond));
        Assert.Equal((ApiKeys.AdminKeyName, Scopes.Admin), (keys.Find("local-dev-key")!.Name, keys.Find("local-dev-key")!.Scopes));
        Assert.Null(keys.Find("dash-secreT"));
        Assert.Null(keys.Find(""));
    }

    [Fact]
    public void Only_hashes_are_kept_never_the_plain_admin_key()
    {
        var keys = ApiKeys.FromConfiguration(Config(("Auth:AdminKey", "local-dev-key")));
        var admin = Assert.Single(keys.All);
        Assert.Equal(ApiKeys.Hash("local-dev-key"), admin.Sha256);
        // The operator's key is not rate limited unless configured to be.
        Assert.Equal(0, admin.PermitsPerSecond);
        Assert.DoesNotContain("local-dev-key", admin.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-hex", "read")]
    [InlineData("abcd", "read")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000", "")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000", "superuser")]
    public void A_malformed_key_entry_stops_start_up(string sha256, string scopes)
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            ApiKeys.FromConfiguration(Config(("Auth:Keys:bad:Sha256", sha256), ("Auth:Keys:bad:Scopes", scopes))));
        Assert.Contains("Auth:Keys:bad", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_configuration_means_no_key_is_accepted() =>
        Assert.Null(ApiKeys.FromConfiguration(Config()).Find("anything"));
}
