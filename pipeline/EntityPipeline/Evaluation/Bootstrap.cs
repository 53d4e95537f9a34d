namespace EntityPipeline.Evaluation;

/// <summary>
/// How far a micro F1 can be trusted: percentile intervals from resampling the evaluation's units (documents or
/// sentences) with replacement. On 300 mentions one point of F1 is noise; the interval says how much. The paired
/// interval of a difference resamples the same units for both models, so it is much narrower than the two intervals
/// side by side. Deterministic (fixed seed), so the same evaluation prints the same interval.
/// </summary>
public static class Bootstrap
{
    public const int Resamples = 1000;
    private const int Seed = 20261128;

    /// <summary>The 95% interval of the micro F1 of <paramref name="units"/>.</summary>
    public static (double Low, double High) F1Interval(IReadOnlyList<UnitCounts> units) =>
        Percentiles(Resample(units.Count, sample => F1(units, sample)));

    /// <summary>The 95% interval of micro F1 of <paramref name="a"/> minus that of <paramref name="b"/>: the same units scored by two models.</summary>
    public static (double Low, double High) DifferenceInterval(IReadOnlyList<UnitCounts> a, IReadOnlyList<UnitCounts> b)
    {
        if (a.Count != b.Count) throw new ArgumentException($"the evaluations have {a.Count} and {b.Count} units: not the same data");
        return Percentiles(Resample(a.Count, sample => F1(a, sample) - F1(b, sample)));
    }

    /// <summary>The share of resamples in which <paramref name="a"/> scores a higher micro F1 than <paramref name="b"/> on the same units.</summary>
    public static double ShareBetter(IReadOnlyList<UnitCounts> a, IReadOnlyList<UnitCounts> b)
    {
        if (a.Count != b.Count) throw new ArgumentException($"the evaluations have {a.Count} and {b.Count} units: not the same data");
        return Resample(a.Count, sample => F1(a, sample) > F1(b, sample) ? 1 : 0).Average();
    }

    public static double F1(IReadOnlyList<UnitCounts> units, IEnumerable<int>? sample = null)
    {
        long gold = 0, predicted = 0, correct = 0;
        foreach (int i in sample ?? Enumerable.Range(0, units.Count))
        {
            gold += units[i].Gold;
            predicted += units[i].Predicted;
            correct += units[i].Correct;
        }
        return gold + predicted == 0 ? 0 : 2.0 * correct / (gold + predicted);
    }

    private static double[] Resample(int count, Func<int[], double> statistic)
    {
        if (count == 0) return [0];
        var random = new Random(Seed);
        var sample = new int[count];
        var values = new double[Resamples];
        for (int r = 0; r < Resamples; r++)
        {
            for (int i = 0; i < count; i++) sample[i] = random.Next(count);
            values[r] = statistic(sample);
        }
        return values;
    }

    private static (double Low, double High) Percentiles(double[] values)
    {
        Array.Sort(values);
        return (values[(int)(0.025 * (values.Length - 1))], values[(int)Math.Ceiling(0.975 * (values.Length - 1))]);
    }
}
