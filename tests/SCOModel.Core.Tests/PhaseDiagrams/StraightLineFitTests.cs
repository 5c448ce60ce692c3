using SCOModel.Core.PhaseDiagrams;

namespace SCOModel.Core.Tests.PhaseDiagrams;

public class StraightLineFitTests
{
    [Fact]
    public void ExactPointsGiveTheLineWithNoError()
    {
        var fit = StraightLineFit.Of([(0, 200, 0), (0.1, 236.2, 0), (0.2, 272.4, 0), (0.3, 308.6, 0)])!;
        Assert.Equal(362, fit.Slope, 9);
        Assert.Equal(200, fit.Intercept, 9);
        Assert.Equal(0, fit.SlopeStdErr, 9);
        var (root, error) = fit.Root();
        Assert.Equal(-200 / 362.0, root, 9);
        Assert.Equal(0, error, 9);
    }

    [Fact]
    public void UnweightedErrorsFollowTheTextbookFormula()
    {
        (double X, double Y, double Err)[] points = [(0, 1.1, 0), (1, 2.9, 0), (2, 5.2, 0), (3, 6.8, 0), (4, 9.1, 0)];
        var fit = StraightLineFit.Of(points)!;
        double meanX = points.Average(p => p.X);
        double meanY = points.Average(p => p.Y);
        double sxx = points.Sum(p => (p.X - meanX) * (p.X - meanX));
        double slope = points.Sum(p => (p.X - meanX) * (p.Y - meanY)) / sxx;
        double intercept = meanY - (slope * meanX);
        double rss = points.Sum(p => Math.Pow(p.Y - intercept - (slope * p.X), 2));
        Assert.Equal(slope, fit.Slope, 12);
        Assert.Equal(intercept, fit.Intercept, 12);
        Assert.Equal(Math.Sqrt(rss / 3 / sxx), fit.SlopeStdErr, 12);
    }

    [Fact]
    public void WeightedFitUsesTheErrorBarsWhenTheyExplainTheScatter()
    {
        // Points exactly on y = 2x + 1: χ² = 0, so the errors are those of the error bars alone.
        (double X, double Y, double Err)[] points = [(0, 1, 0.1), (1, 3, 0.2), (2, 5, 0.1)];
        var fit = StraightLineFit.Of(points)!;
        double s = points.Sum(p => 1 / (p.Err * p.Err));
        double sx = points.Sum(p => p.X / (p.Err * p.Err));
        double sxx = points.Sum(p => p.X * p.X / (p.Err * p.Err));
        Assert.Equal(2, fit.Slope, 12);
        Assert.Equal(Math.Sqrt(s / ((s * sxx) - (sx * sx))), fit.SlopeStdErr, 12);
    }

    [Fact]
    public void OneDistinctXHasNoLine() => Assert.Null(StraightLineFit.Of([(1, 2, 0), (1, 3, 0)]));
}
