using SCOModel.Core.Protocols;
using SCOModel.Core.Results;

namespace SCOModel.Core.Tests.Results;

/// <summary>T1/2 per branch by linear interpolation, nulls without a crossing, width, and T_mid.</summary>
public class TransitionSummaryTests
{
    private static PointResult Point(Branch branch, double t, double n) =>
        new(branch, new ControlPoint(t, 0), new Estimate(n, 0.01), Estimate.Exact(0), Estimate.Exact(0));

    private static List<PointResult> Loop((double T, double N)[] heating, (double T, double N)[] cooling) =>
        heating.Select(p => Point(Branch.Heating, p.T, p.N))
            .Concat(cooling.Select(p => Point(Branch.Cooling, p.T, p.N)))
            .ToList();

    [Fact]
    public void CrossingsAreLinearlyInterpolatedOnEachBranch()
    {
        var points = Loop(
            [(180, 0.0), (190, 0.2), (200, 0.4), (210, 0.8), (220, 1.0)],
            [(220, 1.0), (210, 0.9), (200, 0.7), (190, 0.3), (180, 0.0)]);
        var summary = TransitionSummary.Of(points);
        Assert.Equal(202.5, summary.THalfUpK!.Value, 9);
        Assert.Equal(195, summary.THalfDownK!.Value, 9);
        Assert.Equal(198.75, summary.THalfK!.Value, 9);
        Assert.Equal(7.5, summary.HysteresisWidthK!.Value, 9);
    }

    [Fact]
    public void NoCrossingGivesNulls()
    {
        var points = Loop([(100, 0.0), (110, 0.1), (120, 0.2)], [(120, 0.2), (110, 0.1), (100, 0.0)]);
        var summary = TransitionSummary.Of(points);
        Assert.Null(summary.THalfUpK);
        Assert.Null(summary.THalfDownK);
        Assert.Null(summary.THalfK);
        Assert.Null(summary.HysteresisWidthK);
    }

    [Fact]
    public void OneCrossingBranchGivesTHalfButNoWidth()
    {
        var points = Loop([(100, 0.1), (110, 0.3), (120, 0.7)], [(120, 0.7), (110, 0.6), (100, 0.55)]);
        var summary = TransitionSummary.Of(points);
        Assert.Equal(115, summary.THalfUpK!.Value, 9);
        Assert.Null(summary.THalfDownK);
        Assert.Equal(115, summary.THalfK!.Value, 9);
        Assert.Null(summary.HysteresisWidthK);
    }

    [Fact]
    public void IncompleteTransitionGetsTMidAtTheMidpointOfTheBranchsOwnRange()
    {
        // n rises from 0.1 to 0.3 only: it never reaches 1/2, but its own midpoint 0.2 is crossed.
        var points = Loop(
            [(100, 0.1), (110, 0.15), (120, 0.25), (130, 0.3)],
            [(130, 0.3), (120, 0.28), (110, 0.18), (100, 0.1)]);
        var summary = TransitionSummary.Of(points);
        Assert.Null(summary.THalfUpK);
        Assert.Equal(115, summary.TMidUpK!.Value, 9);
        Assert.Equal(110 + (10 * 0.02 / 0.1), summary.TMidDownK!.Value, 9);
    }

    [Fact]
    public void FlatBranchHasNoTMid()
    {
        var points = Loop([(100, 0.2), (110, 0.2)], [(110, 0.2), (100, 0.2)]);
        var summary = TransitionSummary.Of(points);
        Assert.Null(summary.TMidUpK);
        Assert.Null(summary.TMidDownK);
    }

    [Fact]
    public void ScanIsReadInTemperatureOrder()
    {
        var points = new List<PointResult>
        {
            Point(Branch.Scan, 220, 0.9),
            Point(Branch.Scan, 180, 0.1),
            Point(Branch.Scan, 200, 0.3),
            Point(Branch.Scan, 210, 0.7),
        };
        var summary = TransitionSummary.Of(points);
        Assert.Equal(205, summary.THalfK!.Value, 9);
        Assert.Null(summary.THalfUpK);
        Assert.Null(summary.HysteresisWidthK);
    }

    [Fact]
    public void FirstCrossingHitsExactLevelsAndReturnsNullOtherwise()
    {
        Assert.Equal(10, TransitionSummary.FirstCrossing([(10, 0.5), (20, 0.9)], 0.5));
        Assert.Equal(20, TransitionSummary.FirstCrossing([(10, 0.4), (20, 0.5)], 0.5));
        Assert.Null(TransitionSummary.FirstCrossing([(10, 0.4), (20, 0.45)], 0.5));
        Assert.Null(TransitionSummary.FirstCrossing([], 0.5));
        Assert.Equal(15, TransitionSummary.FirstCrossing([(10, 0.9), (20, 0.1)], 0.5)!.Value, 9);
    }
}
