using SCOModel.Core.Protocols;
using SCOModel.Core.Results;

namespace SCOModel.Core.Tests.Results;

public class KineticSummaryTests
{
    private static PointResult Point(Branch branch, double t, double n) =>
        new(branch, new ControlPoint(t, 0), Estimate.Exact(n), Estimate.Exact(0), Estimate.Exact(0));

    [Fact]
    public void TLiesstOfFirstOrderArrheniusDecayOnARampSolvesItsClosedForm()
    {
        // dn/dT = −(k∞/β) e^(−Ea/T) n on a ramp T = T0 + β t: n(T) = exp(−(k∞/β) ∫ e^(−Ea/T') dT'), and d²n/dT² = 0
        // (the steepest fall) where Ea β / T*² = k∞ e^(−Ea/T*).
        const double kInf = 1e5, ea = 1500, beta = 0.3 / 60, step = 0.25;
        var points = new List<PointResult>();
        double integral = 0, previous = 10;
        foreach (double t in ValueRange.Inclusive(10, 120, step))
        {
            // Simpson on the sub-interval, fine enough to be exact for this purpose.
            integral += (t - previous) / 6 * (Math.Exp(-ea / previous) + (4 * Math.Exp(-ea / ((t + previous) / 2))) + Math.Exp(-ea / t));
            previous = t;
            points.Add(Point(Branch.Heating, t, Math.Exp(-kInf / beta * integral)));
        }

        double lo = 20, hi = 120;
        for (int i = 0; i < 100; i++)
        {
            double mid = (lo + hi) / 2;
            (lo, hi) = (ea * beta / (mid * mid)) - (kInf * Math.Exp(-ea / mid)) > 0 ? (mid, hi) : (lo, mid);
        }

        double? tLiesst = KineticSummary.LiesstTemperatureK(points);
        Assert.NotNull(tLiesst);
        Assert.InRange(tLiesst.Value, lo - (step / 2), lo + (step / 2));
    }

    [Fact]
    public void TLiesstIsNullWithoutAFall() =>
        Assert.Null(KineticSummary.LiesstTemperatureK([.. Enumerable.Range(0, 10).Select(k => Point(Branch.Heating, 10 + k, 0.1 * k))]));

    [Fact]
    public void LithCrossesTheMiddleOfTheLoopsRange()
    {
        PointResult[] loop =
        [
            Point(Branch.Cooling, 60, 0.2), Point(Branch.Cooling, 40, 0.3), Point(Branch.Cooling, 20, 0.9), Point(Branch.Cooling, 10, 1.0),
            Point(Branch.Heating, 10, 1.0), Point(Branch.Heating, 30, 0.9), Point(Branch.Heating, 50, 0.4), Point(Branch.Heating, 60, 0.2),
        ];
        var (up, down) = KineticSummary.LightInducedLoopK(loop);
        Assert.Equal(30 + (20 * (0.6 - 0.9) / (0.4 - 0.9)), up!.Value, 9);
        Assert.Equal(40 - (20 * (0.6 - 0.3) / (0.9 - 0.3)), down!.Value, 9);
    }
}
