using SCOModel.MonteCarlo.Statistics;

namespace SCOModel.MonteCarlo.Tests.Statistics;

/// <summary>Grand mean and binned standard error.</summary>
public class BinnedSeriesTests
{
    private static BinnedSeries Filled(IEnumerable<double> values, int length, int bins = BinnedSeries.DefaultBins)
    {
        var series = new BinnedSeries(length, bins);
        foreach (double v in values)
        {
            series.Add(v);
        }

        return series;
    }

    [Fact]
    public void OneMeasurementPerBinGivesTheTextbookStandardError()
    {
        var estimate = BinnedSeries.Combine([Filled([1, 2, 3, 4], 4, bins: 4)]);
        Assert.Equal(2.5, estimate.Mean, 12);

        // s² = Σ(x − x̄)²/(n − 1) = 5/3; error = s/√n = √(5/12).
        Assert.Equal(Math.Sqrt(5.0 / 12), estimate.StdErr, 12);
    }

    [Fact]
    public void ConsecutiveMeasurementsShareABin()
    {
        // Eight values in four bins: bin means 1.5, 3.5, 5.5, 7.5.
        var estimate = BinnedSeries.Combine([Filled([1, 2, 3, 4, 5, 6, 7, 8], 8, bins: 4)]);
        Assert.Equal(4.5, estimate.Mean, 12);
        double squares = (3 * 3) + (1 * 1) + (1 * 1) + (3 * 3);
        Assert.Equal(Math.Sqrt(squares / (4 * 3)), estimate.StdErr, 12);
    }

    [Fact]
    public void ConstantDataHasZeroError()
    {
        var estimate = BinnedSeries.Combine([Filled(Enumerable.Repeat(0.25, 100), 100), Filled(Enumerable.Repeat(0.25, 100), 100)]);
        Assert.Equal(0.25, estimate.Mean, 15);
        Assert.Equal(0, estimate.StdErr, 15);
    }

    [Fact]
    public void IndependentDataGiveSigmaOverRootN()
    {
        // 8 replicas × 4000 Gaussian measurements of sd 2: error ≈ 2/√32000 ≈ 0.0112; 128 bins estimate it to ~6 %.
        var random = new System.Random(123);
        const int replicas = 8, length = 4000;
        const double sigma = 2;
        var series = new List<BinnedSeries>();
        double sum = 0;
        for (int r = 0; r < replicas; r++)
        {
            var values = Enumerable.Range(0, length).Select(_ =>
            {
                double u1 = 1 - random.NextDouble(), u2 = random.NextDouble();
                return 5 + (sigma * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
            }).ToArray();
            sum += values.Sum();
            series.Add(Filled(values, length));
        }

        var estimate = BinnedSeries.Combine(series);
        double expected = sigma / Math.Sqrt(replicas * length);
        Assert.Equal(sum / (replicas * length), estimate.Mean, 10);
        Assert.InRange(estimate.StdErr, expected * 0.8, expected * 1.2);
        Assert.InRange(estimate.Mean, 5 - (4 * expected), 5 + (4 * expected));
    }

    [Fact]
    public void CorrelatedDataGetALargerErrorThanTheNaiveOne()
    {
        // An AR(1) series with autocorrelation time ~ 20: naive σ/√n underestimates the error; bins of 500 do not.
        var random = new System.Random(5);
        const int length = 8000;
        const double rho = 0.95;
        var series = new List<BinnedSeries>();
        var all = new List<double>();
        for (int r = 0; r < 4; r++)
        {
            double x = 0;
            var values = new double[length];
            for (int k = 0; k < length; k++)
            {
                x = (rho * x) + (random.NextDouble() - 0.5);
                values[k] = x;
            }

            all.AddRange(values);
            series.Add(Filled(values, length));
        }

        double mean = all.Average();
        double naive = Math.Sqrt(all.Sum(v => (v - mean) * (v - mean)) / (all.Count - 1) / all.Count);
        var estimate = BinnedSeries.Combine(series);
        Assert.True(estimate.StdErr > 3 * naive, $"binned {estimate.StdErr} vs naive {naive}");
    }

    [Fact]
    public void ReplicasAreWeightedByTheirMeasurements()
    {
        var estimate = BinnedSeries.Combine([Filled([1, 1, 1], 3, bins: 1), Filled([4], 1, bins: 1)]);
        Assert.Equal(7.0 / 4, estimate.Mean, 12);
    }

    [Fact]
    public void ASingleBinHasNoErrorBar()
    {
        var estimate = BinnedSeries.Combine([Filled([3], 1)]);
        Assert.Equal(3, estimate.Mean);
        Assert.True(double.IsNaN(estimate.StdErr));
    }

    [Fact]
    public void MoreMeasurementsThanAnnouncedIsRefused()
    {
        var series = Filled([1, 2], 2);
        Assert.Throws<InvalidOperationException>(() => series.Add(3));
    }

    [Fact]
    public void EmptyOrBinlessSeriesIsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BinnedSeries(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BinnedSeries(10, 0));
    }
}
