using SCOModel.MeanField.Fitting;
using SCOModel.MeanField.Tests.Support;

namespace SCOModel.MeanField.Tests.Fitting;

/// <summary>The bounded Levenberg–Marquardt and its covariance, against closed forms.</summary>
public class LevenbergMarquardtFitTests
{
    [Fact]
    public void AStraightLineGivesTheOrdinaryLeastSquaresEstimatesAndErrors()
    {
        // y = a + b x + noise: the closed form is (XᵀX)⁻¹ Xᵀy with covariance s² (XᵀX)⁻¹, s² = RSS/(n − 2).
        var noise = new SyntheticCurve(21);
        double[] x = Enumerable.Range(0, 30).Select(k => k * 0.5).ToArray();
        double[] y = x.Select(v => 1.5 - (0.7 * v) + (0.2 * noise.Gaussian())).ToArray();
        int n = x.Length;
        double sx = x.Sum(), sy = y.Sum(), sxx = x.Sum(v => v * v), sxy = x.Zip(y).Sum(p => p.First * p.Second);
        double det = (n * sxx) - (sx * sx);
        double b = ((n * sxy) - (sx * sy)) / det;
        double a = (sy - (b * sx)) / n;
        double rss = x.Zip(y).Sum(p => Math.Pow(p.Second - a - (b * p.First), 2));
        double s2 = rss / (n - 2);

        var solution = LevenbergMarquardtFit.Minimize(
            p => x.Zip(y).Select(q => q.Second - p[0] - (p[1] * q.First)).ToArray(),
            [0.0, 0.0], [-10.0, -10.0], [10.0, 10.0], [1.0, 1.0]);
        Assert.True(solution.Converged);
        // Converged to ~1e-9 (the relative χ² tolerance 1e-12 is met there), far inside the errors (~0.004).
        Assert.Equal(a, solution.Parameters[0], 7);
        Assert.Equal(b, solution.Parameters[1], 7);
        Assert.Equal(rss, solution.ChiSquare, 10);

        var covariance = ParameterCovariance.Of(solution.Jacobian, solution.ChiSquare, [false, false], solution.AtBound);
        Assert.Equal(Math.Sqrt(s2 * sxx / det), covariance.StdErr(0), 6);
        Assert.Equal(Math.Sqrt(s2 * n / det), covariance.StdErr(1), 6);
        Assert.Equal(-sx / Math.Sqrt(n * sxx), covariance.Correlation(0, 1), 6);
        Assert.Empty(covariance.Degenerate);
    }

    [Fact]
    public void AnExponentialDecayConvergesFromAFarStart()
    {
        double[] t = Enumerable.Range(0, 40).Select(k => k * 0.25).ToArray();
        double[] y = t.Select(v => 3 * Math.Exp(-0.8 * v)).ToArray();
        var solution = LevenbergMarquardtFit.Minimize(
            p => t.Zip(y).Select(q => q.Second - (p[0] * Math.Exp(-p[1] * q.First))).ToArray(),
            [0.5, 5], [0, 0], [100, 100], [1, 1]);
        Assert.Equal(3, solution.Parameters[0], 8);
        Assert.Equal(0.8, solution.Parameters[1], 8);
    }

    [Fact]
    public void BoundsHoldAndAreReported()
    {
        // The unconstrained minimum is at p = 2; the upper bound 1.5 stops it there, and the other parameter still fits.
        var solution = LevenbergMarquardtFit.Minimize(
            p => [p[0] - 2, p[1] + 1], [0.0, 0.0], [-5.0, -5.0], [1.5, 5.0], [1.0, 1.0]);
        Assert.Equal(1.5, solution.Parameters[0]);
        Assert.Equal(-1, solution.Parameters[1], 8);
        Assert.Equal([true, false], solution.AtBound);
    }

    [Fact]
    public void FixedParametersStayAndTheirColumnsAreZero()
    {
        var solution = LevenbergMarquardtFit.Minimize(
            p => [p[0] - 2, p[1] - 3, p[0] + p[1] - 5], [0.0, 7.0], [-10.0, -10.0], [10.0, 10.0], [1.0, 1.0], [false, true]);
        Assert.Equal(7, solution.Parameters[1]);
        Assert.Equal(0, solution.Jacobian[0, 1]);
    }

    [Fact]
    public void AParameterTheResidualsIgnoreIsDegenerate()
    {
        var solution = LevenbergMarquardtFit.Minimize(
            p => [p[0] - 1, p[0] - 1.2, p[0] - 0.9], [0.0, 0.0], [-5.0, -5.0], [5.0, 5.0], [1.0, 1.0]);
        var covariance = ParameterCovariance.Of(solution.Jacobian, solution.ChiSquare, [false, false], solution.AtBound);
        Assert.Equal([1], Assert.Single(covariance.Degenerate));
        Assert.True(double.IsPositiveInfinity(covariance.StdErr(1)));
        Assert.True(double.IsFinite(covariance.StdErr(0)));
    }

    [Fact]
    public void AJumpInsideTheDifferenceStepDoesNotPoisonTheJacobian()
    {
        // A step function's residual jumps at p = 1e-7 (inside the 1e-6 step of p = 0): the one-sided difference
        // away from the jump (0) is taken, not the central one (≈ 5e5).
        var solution = LevenbergMarquardtFit.Minimize(
            p => [p[0] > 1e-7 ? 1.0 : 0.0, p[1] - 1], [0.0, 0.0], [-1.0, -1.0], [1.0, 1.0], [1.0, 1.0],
            [false, false], maxIterations: 1);
        Assert.Equal(0, solution.Jacobian[0, 0]);
    }
}
