using System.Security.Cryptography;
using System.Text;
using Mediazona.Ingestion.Identity;

namespace Mediazona.Ingestion.Tests.Identity;

public class CaseIdentityTests
{
    [Fact]
    public void Id_is_the_first_16_bytes_of_sha256_of_the_key_in_lower_case_hex()
    {
        var expected = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("46GV0001|1-12/2024|uid-1")), 0, 16).ToLowerInvariant();
        var id = CaseIdentity.CaseId("46GV0001", "1-12/2024", "uid-1");
        Assert.Equal(expected, id);
        Assert.Equal(32, id.Length);
        Assert.True(CaseIdentity.LooksLikeCaseId(id));
    }

    [Fact]
    public void Id_is_deterministic() =>
        Assert.Equal(CaseIdentity.CaseId("46GV0001", "1-12/2024", ""), CaseIdentity.CaseId("46GV0001", "1-12/2024", ""));

    [Fact]
    public void Every_key_part_changes_the_id()
    {
        var ids = new[]
        {
            CaseIdentity.CaseId("46GV0001", "1-12/2024", ""),
            CaseIdentity.CaseId("46GV0002", "1-12/2024", ""),
            CaseIdentity.CaseId("46GV0001", "1-13/2024", ""),
            CaseIdentity.CaseId("46GV0001", "1-12/2024", "uid"),
        };
        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    [Fact]
    public void The_separator_keeps_parts_apart() =>
        Assert.NotEqual(CaseIdentity.CaseId("46GV0001", "1|2", ""), CaseIdentity.CaseId("46GV0001", "1", "2"));
}
