using SCOModel.Core.PhaseDiagrams;

namespace SCOModel.Core.Tests.PhaseDiagrams;

public class TransitionCrossingTests
{
    [Fact]
    public void InterpolatesTheCrossingAndReportsItsBracket()
    {
        var crossing = TransitionCrossing.Find([(100, 0.1, 0), (110, 0.3, 0), (120, 0.7, 0), (130, 0.9, 0)]);
        Assert.NotNull(crossing);
        Assert.Equal(115, crossing.Value.Value, 12);
        Assert.Equal((110.0, 120.0), (crossing.Value.Lower, crossing.Value.Upper));
        Assert.Equal(0, crossing.Value.StatisticalError);
        Assert.Equal(10 / Math.Sqrt(12), crossing.Value.StdErr, 12);
    }

    [Fact]
    public void FollowsTheVisitingOrderOfAFallingBranch()
    {
        var crossing = TransitionCrossing.Find([(130, 0.9, 0), (120, 0.8, 0), (110, 0.2, 0)]);
        Assert.Equal(115, crossing!.Value.Value, 12);
        Assert.Equal((110.0, 120.0), (crossing.Value.Lower, crossing.Value.Upper));
    }

    [Fact]
    public void PropagatesTheErrorBarsLikeFiniteDifferences()
    {
        (double X, double N, double Err)[] branch = [(10, 0.2, 0.03), (12, 0.65, 0.05)];
        var crossing = TransitionCrossing.Find(branch)!.Value;

        // Numerical derivatives of the interpolated crossing with respect to each n.
        static double At(double n0, double n1) => 10 + ((0.5 - n0) * 2 / (n1 - n0));
        const double h = 1e-7;
        double d0 = (At(0.2 + h, 0.65) - At(0.2 - h, 0.65)) / (2 * h);
        double d1 = (At(0.2, 0.65 + h) - At(0.2, 0.65 - h)) / (2 * h);
        double expected = Math.Sqrt(Math.Pow(d0 * 0.03, 2) + Math.Pow(d1 * 0.05, 2));
        Assert.Equal(expected, crossing.StatisticalError, 6);
    }

    [Fact]
    public void NoCrossingIsNull() => Assert.Null(TransitionCrossing.Find([(1, 0.1, 0), (2, 0.4, 0)]));
}
