using Mediazona.Courts.Registry;

namespace Mediazona.Courts.Tests.Registry;

public class CourtCodesTests
{
    [Theory]
    [InlineData(" 77gv0020 ", "77GV0020")]
    [InlineData("46GV0001", "46GV0001")]
    [InlineData("77GV002", null)]
    [InlineData("Курск", null)]
    [InlineData(null, null)]
    public void Codes_have_one_shape_known_or_not(string? value, string? code)
    {
        Assert.Equal(code, CourtCodes.Normalise(value));
    }
}
