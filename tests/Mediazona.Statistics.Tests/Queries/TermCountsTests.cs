using Mediazona.Statistics.Queries;

namespace Mediazona.Statistics.Tests.Queries;

public class TermCountsTests
{
    static TermCounts Of(params (int Term, long Count)[] counts)
    {
        var terms = new TermCounts();
        foreach (var (term, count) in counts)
            terms.Add(term, count);
        return terms;
    }

    [Fact]
    public void Percentiles_interpolate_between_the_terms_at_the_two_nearest_ranks_as_percentile_cont_does()
    {
        // Terms 6, 12, 12, 30: the median lies halfway between ranks 1 and 2 (12 and 12); p90 at 2.7: 12 + 0.7 × 18.
        var terms = Of((12, 2), (6, 1), (30, 1));

        Assert.Equal(12, terms.Percentile(0.5));
        Assert.Equal(12 + (30 - 12) * (0.9 * 3 - 2), terms.Percentile(0.9));
        Assert.Equal((6, 30), (terms.Min, terms.Max));
    }

    [Fact]
    public void An_even_count_takes_the_mean_of_the_middle_terms()
    {
        Assert.Equal(15, Of((12, 1), (18, 1)).Percentile(0.5));
        Assert.Equal(24, Of((24, 5)).Percentile(0.9));
    }

    [Fact]
    public void Sentences_without_a_term_count_in_all_but_not_in_the_term_statistics()
    {
        var terms = Of((0, 7), (36, 1), (150, 2));

        Assert.Equal(10, terms.All);
        Assert.Equal(3, terms.Count);
        Assert.Equal(36, terms.Min);
        Assert.Equal(150, terms.Percentile(0.5));
        Assert.Equal([(36, 1L), (120, 2L)], terms.Histogram());
    }

    [Fact]
    public void Counts_of_one_term_add_up_and_a_term_counted_out_entirely_is_gone()
    {
        var terms = Of((24, 2), (24, 3), (48, 1), (48, -1));

        Assert.Equal(5, terms.Count);
        Assert.Equal(24, terms.Max);
        Assert.Equal([(24, 5L)], terms.Histogram());
    }
}
