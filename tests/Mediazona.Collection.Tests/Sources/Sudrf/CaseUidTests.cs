using Mediazona.Collection.Sources.Sudrf;

namespace Mediazona.Collection.Tests.Sources.Sudrf;

public class CaseUidTests
{
    [Theory]
    [InlineData("26RS0023-01-2020-000159-48")] // the search form's own example
    [InlineData("27GV0008-01-2019-000081-20")] // Уссурийский ГВС
    public void Real_uids_pass(string uid) => Assert.True(CaseUid.IsValid(uid));

    [Theory]
    [InlineData("26RS0023-01-2020-000159-49")] // one check digit off
    [InlineData("27GV0008-01-2019-000082-20")] // one sequence digit off
    [InlineData("27XX0008-01-2019-000081-20")] // not a court kind
    [InlineData("27GV0008-00-2019-000081-20")] // -00- is outside the mask
    [InlineData("27GV0008-01-2019-000081")]
    public void Altered_or_malformed_uids_fail(string uid) => Assert.False(CaseUid.IsValid(uid));

    [Theory]
    [InlineData("26RS0023-01-2020-000159", "48")]
    [InlineData("27GV0008-01-2019-000081", "20")]
    public void Check_digits_are_generated_as_the_real_ones(string withoutCheck, string expected) =>
        Assert.Equal(expected, CaseUid.CheckDigits(withoutCheck));

    [Fact]
    public void Generated_check_digits_always_validate()
    {
        for (var sequence = 1; sequence < 400; sequence++)
        {
            var stem = $"77GV0020-01-2024-{sequence:D6}";
            Assert.True(CaseUid.IsValid($"{stem}-{CaseUid.CheckDigits(stem)}"), stem);
        }
    }
}
