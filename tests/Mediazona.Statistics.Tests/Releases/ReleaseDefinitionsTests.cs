using Mediazona.Contracts.Cases.V1;
using Mediazona.Releases.Schema;
using Mediazona.Statistics.Figures;
using Mediazona.Statistics.Releases;

namespace Mediazona.Statistics.Tests.Releases;

public class ReleaseDefinitionsTests
{
    [Fact]
    public void Every_figure_a_release_column_feeds_is_defined_by_the_statistics_and_every_definition_is_fed()
    {
        var fed = ReleaseTables.All.SelectMany(t => t.Columns).SelectMany(c => c.Feeds).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(fed.Order(StringComparer.Ordinal), FigureDefinitions.All.Keys);
    }

    [Fact]
    public void The_codebook_gives_each_figure_the_very_SQL_the_queries_count_with()
    {
        var codebook = FigureDefinitions.ForCodebook();
        Assert.Contains(CaseFigures.VerdictBySql, codebook["verdict"], StringComparison.Ordinal);
        Assert.Contains(SentenceFigures.SuspendedSql, codebook["suspended"], StringComparison.Ordinal);
        Assert.Matches("^m-[0-9a-f]{12}$", FigureDefinitions.MethodologyVersion);
    }

    [Theory]
    [InlineData(2, "VERDICT")]
    [InlineData(4, "RETURNED_TO_PROSECUTOR")]
    [InlineData(0, "")]
    [InlineData(99, "99")]
    public void Outcomes_are_written_by_their_proto_names_without_the_prefix(int number, string name) =>
        Assert.Equal(name, ProtoNames.Of<Outcome>(number));

    [Fact]
    public void Every_enum_of_the_release_has_a_name_for_each_value() =>
        Assert.Equal(["PREPARATION", "ATTEMPT", "UNFINISHED"], Enum.GetValues<OffenceStage>().Skip(1).Select(s => ProtoNames.Of<OffenceStage>((int)s)));
}
