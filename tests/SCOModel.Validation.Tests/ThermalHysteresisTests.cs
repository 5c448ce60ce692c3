using System.Globalization;
using SCOModel.Core.Protocols;
using SCOModel.Core.Results;
using SCOModel.Validation.Tests.References;
using SCOModel.Validation.Tests.Support;
using Xunit.Abstractions;

namespace SCOModel.Validation.Tests;

/// <summary>
/// Thermal hysteresis (PHYSICS.md §1): sweeping T sweeps h = (T ln g − Δ)/2 through 0 at T_eq, and the transition is
/// first order, with a loop in a finite-time sweep, iff T_eq &lt; T_c(J). The square lattice with J = 100 K and
/// T_eq = 200 K (T_eq/J = 2 &lt; 2.269) must show a loop; a chain (T_c = 0) never does, whatever J. Both run the
/// same loop: 190 → 210 → 190 K in 1 K steps, 100 + 300 sweeps per step (2.5 mK per sweep), starting all-LS.
/// </summary>
public sealed class ThermalHysteresisTests(ITestOutputHelper output)
{
    private const double StepK = 1;

    private static TemperatureLoop Loop => new(ValueRange.Inclusive(190, 210, StepK))
    {
        InitialState = InitialState.Ls,
        EquilibrationSweeps = 100,
        SweepsPerPoint = 300,
    };

    [Fact]
    public void SquareLatticeBelowItsCriticalCouplingShowsALoop()
    {
        var points = Simulation.Run(Simulation.Config(
            Simulation.Square(32), Simulation.DeltaK, Simulation.LnG, 100, Loop));
        var (width, error) = Width(points);

        // The width (≈ 5 K) must lie far beyond its statistical error. The propagated σ (≈ 0.08 K) only knows the
        // error bars of the points bracketing each jump; the nucleation time varies more from seed to seed (widths
        // 4.4–5.2 K, sd ≈ 0.25 K, over 8 seeds in development), which is why the width must also exceed two grid
        // steps: a margin of ~10 seed-to-seed standard deviations.
        Assert.True(width > 4 * error, $"width {width} K is not beyond 4 σ = {4 * error} K");
        Assert.True(width > 2 * StepK, $"width {width} K is not clearly larger than the {StepK} K grid");

        // Pointwise: at T_eq (h = 0) the heating branch is still LS and the cooling branch still HS.
        var heating = points.At(Simulation.EquilibriumTemperatureK, Branch.Heating).NHs;
        var cooling = points.At(Simulation.EquilibriumTemperatureK, Branch.Cooling).NHs;
        double gap = cooling.Mean - heating.Mean;
        double gapError = Math.Sqrt((heating.StdErr * heating.StdErr) + (cooling.StdErr * cooling.StdErr));
        Assert.True(gap > 0.5 && gap > 4 * gapError, $"n_cooling − n_heating at T_eq = {gap} ± {gapError}");
    }

    [Theory]
    [InlineData(100.0)]
    [InlineData(300.0)]
    public void ChainNeverShowsALoop(double couplingK)
    {
        var points = Simulation.Run(Simulation.Config(
            Simulation.Chain(1000), Simulation.DeltaK, Simulation.LnG, couplingK, Loop));

        // Is the loop slow enough for "no loop" to be the physics rather than a kinetic lag that happens to cancel?
        // Every point of both branches must lie on the exact equilibrium curve (transfer matrix, PHYSICS.md §1)
        // within 4 σ: a lag would put the heating branch below it and the cooling branch above it. (For J = 300 K,
        // where the curve is steepest, dn/dT ≈ 0.12 per K at T_eq, so a lag of 0.1 K would already be ~2 σ at
        // several points.) No finite-size allowance: ring and infinite chain differ by e^(−1000/ξ), ξ ≤ 10.
        foreach (var p in points)
        {
            double t = p.Point.TemperatureK;
            double field = 0.5 * ((t * Simulation.LnG) - Simulation.DeltaK);
            double exact = 0.5 * (1 + TransferMatrixChain.InfiniteChainMagnetisation(field, couplingK, t));
            StatisticalAssert.WithinSigmas(p.NHs, exact, $"J = {couplingK} K, {p.Branch} at {t} K: n_HS");
        }

        // Given that, the width must be consistent with 0 within its statistical error alone: 4 σ_w, with σ_w
        // propagated from the error bars of the points bracketing each crossing (≈ 0.07 K; over 8 seeds in
        // development the widths scattered by sd ≈ 0.05 K, so σ_w is honest). The linear interpolation between grid
        // points errs in the same way on both branches (the same curve on the same grid), so it cancels in the width
        // and needs no allowance. For scale: the square lattice's loop under the same protocol is ≈ 5 K wide.
        var (width, error) = Width(points);
        Assert.True(Math.Abs(width) <= 4 * error, $"width {width} K is not consistent with 0 (4 σ = {4 * error} K)");
    }

    private (double Width, double StdErr) Width(IReadOnlyList<PointResult> points)
    {
        var summary = TransitionSummary.Of(points);
        var up = LoopCrossing.Of(points, Branch.Heating);
        var down = LoopCrossing.Of(points, Branch.Cooling);
        Assert.Equal(summary.THalfUpK!.Value, up.TemperatureK, 1e-9);
        Assert.Equal(summary.THalfDownK!.Value, down.TemperatureK, 1e-9);
        double width = summary.HysteresisWidthK!.Value;
        double error = Math.Sqrt((up.StdErrK * up.StdErrK) + (down.StdErrK * down.StdErrK));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"T1/2 up {up.TemperatureK:F3} ± {up.StdErrK:F3} K, down {down.TemperatureK:F3} ± {down.StdErrK:F3} K, " +
            $"width {width:F3} ± {error:F3} K"));
        return (width, error);
    }
}
