using SCOModel.Core.Protocols;
using SCOModel.Core.Results;
using SCOModel.MonteCarlo.Statistics;

namespace SCOModel.MonteCarlo.Tests.Statistics;

/// <summary>The short-run warning names points by what the path varies and advises according to the branch.</summary>
public class ShortRunWarningTests
{
    private static PointResult Point(Branch branch, double t, double p, bool converged = false) =>
        new(branch, new ControlPoint(t, p), new Estimate(0.5, 0.01), Estimate.Exact(0), Estimate.Exact(0))
        {
            ErrorBarsConverged = converged,
            NHsTauIntSweeps = 40,
        };

    [Fact]
    public void NoFlaggedPointNoWarning() =>
        Assert.Null(PointSeries.ShortRunWarning([Point(Branch.Scan, 200, 0, converged: true)], 100));

    [Fact]
    public void PressureLoopPointsAreNamedByPressureAndCalledSwitching()
    {
        string warning = PointSeries.ShortRunWarning(
            [Point(Branch.Compression, 215, 0.045), Point(Branch.Decompression, 215, 0.0375), Point(Branch.Compression, 215, 0, true)],
            300)!;
        Assert.Contains("2 of 3 points (P = 0.045, 0.0375 GPa)", warning);
        Assert.Contains("switching", warning);
        Assert.DoesNotContain("T =", warning);
    }

    [Fact]
    public void ScanPointsAreNamedByTemperatureAndGetMoreSweepsAdvice()
    {
        string warning = PointSeries.ShortRunWarning([Point(Branch.Scan, 200, 0)], 300)!;
        Assert.Contains("(T = 200 K)", warning);
        Assert.Contains("use more sweepsPerPoint", warning);
    }
}
