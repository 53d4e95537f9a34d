using EntityPipeline.Evaluation;

namespace EntityPipeline.Tests.Evaluation;

public sealed class BootstrapTests
{
    /// <summary><paramref name="units"/> units of 10 gold mentions each, alternately 9 and 7 found (and predicted).</summary>
    private static UnitCounts[] Units(int units) => [.. Enumerable.Range(0, units).Select(i => new UnitCounts(10, 10, i % 2 == 0 ? 9 : 7))];

    [Fact]
    public void The_interval_holds_the_score_and_narrows_with_more_units()
    {
        var few = Bootstrap.F1Interval(Units(10));
        var many = Bootstrap.F1Interval(Units(1000));
        Assert.Equal(0.8, Bootstrap.F1(Units(10)), 6);
        Assert.InRange(0.8, few.Low, few.High);
        Assert.InRange(0.8, many.Low, many.High);
        Assert.True(few.High - few.Low > 3 * (many.High - many.Low), $"{few} vs {many}");
        Assert.Equal(few, Bootstrap.F1Interval(Units(10))); // deterministic
    }

    [Fact]
    public void A_paired_difference_is_exact_when_the_models_agree_and_needs_the_same_units()
    {
        var a = Units(50);
        Assert.Equal((0.0, 0.0), Bootstrap.DifferenceInterval(a, a));
        // One more mention found in every unit: the paired difference is the same in every resample.
        var better = a.Select(u => u with { Correct = u.Correct + 1 }).ToArray();
        var (low, high) = Bootstrap.DifferenceInterval(better, a);
        Assert.Equal(0.1, low, 6);
        Assert.Equal(0.1, high, 6);
        Assert.Throws<ArgumentException>(() => Bootstrap.DifferenceInterval(a, Units(49)));
    }

    [Fact]
    public void The_share_of_resamples_one_model_wins_is_one_when_it_wins_every_unit_and_zero_on_a_tie()
    {
        var a = Units(30);
        var better = a.Select(u => u with { Correct = u.Correct + 1 }).ToArray();
        Assert.Equal(1.0, Bootstrap.ShareBetter(better, a));
        Assert.Equal(0.0, Bootstrap.ShareBetter(a, better));
        Assert.Equal(0.0, Bootstrap.ShareBetter(a, a));
        // Better in one unit of 30: it wins the resamples that draw that unit, about 1 - (29/30)^30 of them.
        var once = a.Select((u, i) => i == 0 ? u with { Correct = u.Correct + 1 } : u).ToArray();
        Assert.InRange(Bootstrap.ShareBetter(once, a), 0.55, 0.75);
        Assert.Throws<ArgumentException>(() => Bootstrap.ShareBetter(a, Units(29)));
    }
}
