using SCOModel.Plotting.Charts;

namespace SCOModel.Plotting.Tests.Charts;

public sealed class NiceTicksTests
{
    private static readonly double[] NiceMantissas = [1, 2, 2.5, 5];

    [Fact]
    public void CoveringTicksAreNiceEvenlySpacedAndBracketTheDataForManyRandomRanges()
    {
        var random = new Random(20240611);
        for (int trial = 0; trial < 5000; trial++)
        {
            // Magnitudes from 1e-6 to 1e7, ranges straddling zero, tiny relative spans and single values.
            double scale = Math.Pow(10, -6 + (13 * random.NextDouble()));
            double a = (random.NextDouble() - 0.3) * scale;
            double b = trial % 50 == 0 ? a : a + (random.NextDouble() * scale * Math.Pow(10, -3 * random.NextDouble()));
            double min = Math.Min(a, b), max = Math.Max(a, b);

            var ticks = NiceTicks.Linear(min, max);
            string context = $"trial {trial}: [{min:R}, {max:R}] gave step {ticks.Step:R}, ticks {string.Join(", ", ticks.Major)}";

            Assert.True(ticks.Major[0] <= min + (1e-9 * ticks.Step), "first tick above the data: " + context);
            Assert.True(ticks.Major[^1] >= max - (1e-9 * ticks.Step), "last tick below the data: " + context);
            Assert.Equal(ticks.Major[0], ticks.Min);
            Assert.Equal(ticks.Major[^1], ticks.Max);
            Assert.InRange(ticks.Major.Count, 3, 12);
            Assert.True(IsNice(ticks.Step), "step not 1, 2, 2.5 or 5 × 10^k: " + context);
            for (int i = 0; i < ticks.Major.Count; i++)
            {
                double multiple = ticks.Major[i] / ticks.Step;
                Assert.True(Math.Abs(multiple - Math.Round(multiple)) < 1e-6, "tick not a multiple of the step: " + context);
                if (i > 0)
                {
                    Assert.Equal(ticks.Step, ticks.Major[i] - ticks.Major[i - 1], ticks.Step * 1e-6);
                }
            }

            // Wasted room is bounded: the data fill at least a third of the axis (a flat series excepted).
            if (max > min)
            {
                Assert.True((max - min) / (ticks.Max - ticks.Min) > 0.3, "axis much wider than the data: " + context);
            }

            Assert.Equal(ticks.Labels.Count, ticks.Labels.Distinct().Count());
        }
    }

    [Fact]
    public void TicksWithinFixedLimitsStayInsideAndKeepTheLimitsForManyRandomRanges()
    {
        var random = new Random(7);
        for (int trial = 0; trial < 2000; trial++)
        {
            double scale = Math.Pow(10, -4 + (8 * random.NextDouble()));
            double min = (random.NextDouble() - 0.5) * scale;
            double max = min + ((0.05 + random.NextDouble()) * scale);

            var ticks = NiceTicks.LinearWithin(min, max);
            string context = $"trial {trial}: [{min:R}, {max:R}] gave {string.Join(", ", ticks.Major)}";

            Assert.Equal(min, ticks.Min);
            Assert.Equal(max, ticks.Max);
            Assert.InRange(ticks.Major.Count, 2, 12);
            Assert.True(IsNice(ticks.Step), context);
            Assert.All(ticks.Major, v => Assert.InRange(v, min - (1e-9 * ticks.Step), max + (1e-9 * ticks.Step)));
        }
    }

    [Theory]
    [InlineData(150, 250, new[] { 150.0, 175, 200, 225, 250 })]
    [InlineData(0.00033, 0.9996, new[] { 0.0, 0.2, 0.4, 0.6, 0.8, 1.0 })]
    [InlineData(-3.2, 7.9, new[] { -4.0, -2, 0, 2, 4, 6, 8 })]
    public void TypicalRangesGetTheTicksAPersonWouldChoose(double min, double max, double[] expected)
    {
        Assert.Equal(expected, NiceTicks.Linear(min, max).Major);
    }

    [Fact]
    public void LabelsUseTheInvariantCultureTheStepsDecimalsAndATrueMinusSign()
    {
        Assert.Equal(["−0.50", "−0.25", "0.00", "0.25", "0.50"], NiceTicks.Linear(-0.5, 0.5).Labels);
        Assert.Equal(["−5", "0", "5", "10", "15"], NiceTicks.Linear(-4, 14).Labels);
    }

    [Fact]
    public void LogTicksAreTheDecadesCoveringTheDataWithMinorTicksBetween()
    {
        var ticks = NiceTicks.Logarithmic(0.13, 2200);

        Assert.Equal([0.1, 1, 10, 100, 1000, 10000], ticks.Major);
        Assert.Equal(["0.1", "1", "10", "100", "1000", "10000"], ticks.Labels);
        Assert.Equal(5 * 8, ticks.Minor.Count);
        Assert.Contains(ticks.Minor, v => Math.Abs(v - 300) < 1e-9);
    }

    [Fact]
    public void ManyDecadesAreLabelledAsPowersOfTenAtAStride()
    {
        var ticks = NiceTicks.Logarithmic(1e-12, 1e6);

        Assert.True(ticks.Major.Count <= 10, $"{ticks.Major.Count} labelled decades");
        Assert.True(ticks.Major[0] <= 1e-12 && ticks.Major[^1] >= 1e6);
        Assert.All(ticks.Labels, label => Assert.StartsWith("10^{", label));
        Assert.Contains("10^{−12}", ticks.Labels);
    }

    [Fact]
    public void LogTicksRefuseNonPositiveLimits()
    {
        var error = Assert.Throws<ArgumentException>(() => NiceTicks.Logarithmic(0, 10));
        Assert.Contains("positive", error.Message);
    }

    private static bool IsNice(double step)
    {
        double exponent = Math.Floor(Math.Log10(step) + 1e-12);
        double mantissa = step / Math.Pow(10, exponent);
        return NiceMantissas.Any(m => Math.Abs(mantissa - m) < 1e-9);
    }
}
