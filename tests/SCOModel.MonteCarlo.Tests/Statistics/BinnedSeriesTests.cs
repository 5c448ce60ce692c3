using SCOModel.MonteCarlo.Statistics;

namespace SCOModel.MonteCarlo.Tests.Statistics;

/// <summary>The online blocking levels and the grand mean.</summary>
public class BinnedSeriesTests
{
    internal static BinnedSeries Filled(IEnumerable<double> values)
    {
        var series = new BinnedSeries();
        foreach (double v in values)
        {
            series.Add(v);
        }

        return series;
    }

    [Fact]
    public void LevelsHoldTheMeansOfPairedBlocks()
    {
        // 1..8: level 1 blocks 1.5, 3.5, 5.5, 7.5; level 2 blocks 2.5, 6.5; level 3 the mean 4.5.
        var series = Filled([1, 2, 3, 4, 5, 6, 7, 8]);
        Assert.Equal(8, series.Count);
        Assert.Equal(4.5, series.Mean, 12);
        Assert.Equal(4, series.Levels);
        Assert.Equal([8L, 4, 2, 1], Enumerable.Range(0, 4).Select(series.BlockCount));
        Assert.Equal(42, series.BlockSquares(0), 12); // Σ (k − 4.5)², k = 1..8
        Assert.Equal(20, series.BlockSquares(1), 12); // 3² + 1² + 1² + 3²
        Assert.Equal(8, series.BlockSquares(2), 12);  // 2² + 2²
        Assert.Equal(0, series.BlockCount(4));
    }

    [Fact]
    public void AnIncompleteBlockIsLeftOutOfItsLevel()
    {
        var series = Filled([1, 2, 3]);
        Assert.Equal(2, series.Mean, 12);
        Assert.Equal(1, series.BlockCount(1));
        Assert.Equal(1.5, series.BlockMean(1), 12);
    }

    [Fact]
    public void MemoryIsLogarithmicInTheLength()
    {
        var series = new BinnedSeries();
        for (int k = 0; k < 1_000_000; k++)
        {
            series.Add(k % 7);
        }

        Assert.Equal(20, series.Levels); // ⌊log2 10^6⌋ + 1
        Assert.Equal(1_000_000, series.Count);
    }

    [Fact]
    public void OneIndependentSeriesGetsTheTextbookError()
    {
        // Without correlation every level agrees; level 0 gives s/√n, s² = Σ(x − x̄)²/(n − 1) = 5/3 for 1..4.
        var estimate = BinnedSeries.Combine([Filled([1, 2, 3, 4])]);
        Assert.Equal(2.5, estimate.Mean, 12);
        Assert.Equal(Math.Sqrt(5.0 / 12), estimate.StdErr, 12);
    }

    [Fact]
    public void ConstantDataHaveZeroError()
    {
        var analysis = BinningAnalysis.Analyse([Filled(Enumerable.Repeat(0.25, 100)), Filled(Enumerable.Repeat(0.25, 100))]);
        Assert.Equal(0.25, analysis.Mean, 15);
        Assert.Equal(0, analysis.StdErr, 15);
        Assert.True(double.IsNaN(analysis.TauIntSweeps));
        Assert.True(analysis.Converged);
    }

    [Fact]
    public void ReplicasAreWeightedByTheirMeasurements()
    {
        var estimate = BinnedSeries.Combine([Filled([1, 1, 1]), Filled([4])]);
        Assert.Equal(7.0 / 4, estimate.Mean, 12);
    }

    [Fact]
    public void ASingleMeasurementHasNoErrorBar()
    {
        var analysis = BinningAnalysis.Analyse([Filled([3])]);
        Assert.Equal(3, analysis.Mean);
        Assert.True(double.IsNaN(analysis.StdErr));
        Assert.False(analysis.Converged);
    }

    [Fact]
    public void NoMeasurementsAreRefused() =>
        Assert.Throws<ArgumentException>(() => BinningAnalysis.Analyse([new BinnedSeries()]));
}
