using SCOModel.Core.Configuration;
using SCOModel.Core.Engines;
using SCOModel.Core.Lattices;
using SCOModel.Core.Protocols;
using SCOModel.MeanField.Fitting;
using SCOModel.MeanField.Tests.Support;

namespace SCOModel.MeanField.Tests.Fitting;

/// <summary>
/// Synthetic noisy curves round-trip through the fit to the parameters they were made with, within 4 reported
/// standard errors. The errors are honest: over 40 seeds per case in development the deviations had an rms of
/// 0.9–1.2 σ and none exceeded 2.8 σ, so 4 σ is a bound a correct fit essentially never breaks, while a bias of a
/// few σ (a wrong branch, a unit slip, an error bar too small) does.
/// </summary>
public class SlichterDrickamerFitTests
{
    private const double Sigmas = 4;

    private static readonly double[] Wide = SyntheticCurve.Range(110, 290, 2);
    private static readonly double[] AroundLoop = SyntheticCurve.Range(150, 250, 1);

    private static void AssertRoundTrip(SlichterDrickamerFitResult fit, params (string Name, double Truth)[] truths)
    {
        Assert.True(fit.Converged);
        foreach (var (name, truth) in truths)
        {
            var p = fit.Parameter(name);
            Assert.True(double.IsFinite(p.StdErr) && p.StdErr > 0, $"{name}: no usable error ({p.StdErr})");
            Assert.True(p.SigmasFrom(truth) <= Sigmas, $"{name} = {p.Value} ± {p.StdErr}, truth {truth}: {p.SigmasFrom(truth):F1} σ");
        }
    }

    private static void AssertNoSystematicResiduals(SlichterDrickamerFitResult fit) =>
        Assert.DoesNotContain(fit.Warnings, w => w.Contains("systematic", StringComparison.Ordinal));

    [Fact]
    public void GradualCurveRoundTrips()
    {
        var truth = SlichterDrickamerModel.FromCalorimetric(15, 75, 2);
        var data = new SyntheticCurve(1).Make((t, b) => truth.BranchCurve(t, b), Wide, [Branch.Scan], 0.01);
        var fit = SlichterDrickamerFit.Fit(data);
        AssertRoundTrip(fit, ("ΔH", 15), ("ΔS", 75), ("Γ", 2), ("T1/2", 200));
        AssertNoSystematicResiduals(fit);
        Assert.Null(fit.Loop);
        Assert.Equal(0.01, fit.RmsResidual, 0.002);
    }

    [Fact]
    public void GradualCurveWithGammaHeldRoundTripsWithSmallerErrors()
    {
        var truth = SlichterDrickamerModel.FromCalorimetric(15, 75, 2);
        var data = new SyntheticCurve(2).Make((t, b) => truth.BranchCurve(t, b), Wide, [Branch.Scan], 0.01);
        var free = SlichterDrickamerFit.Fit(data);
        var held = SlichterDrickamerFit.Fit(data, new SlichterDrickamerFitOptions { FixedGammaKJPerMol = 2 });
        AssertRoundTrip(held, ("ΔH", 15), ("ΔS", 75));
        Assert.True(held.Parameter("Γ").IsFixed && double.IsNaN(held.Parameter("Γ").StdErr));
        Assert.True(held.Parameter("ΔS").StdErr < free.Parameter("ΔS").StdErr);
        Assert.DoesNotContain("gamma_kJmol", held.Correlation.Names);
    }

    [Fact]
    public void OneGradualChiTCurveCannotSeparateGammaFromDeltaS()
    {
        // PHYSICS.md §2: a gradual curve fixes T1/2 and the slope ΔS/(4RT1/2 − 2Γ), not ΔS and Γ separately.
        var truth = SlichterDrickamerModel.FromCalorimetric(15, 75, 2);
        var magnetic = new MagneticResponse(3.3, 0.15);
        var data = new SyntheticCurve(3).Make((t, b) => truth.BranchCurve(t, b).Select(magnetic.ChiT).ToArray(),
            Wide, [Branch.Scan], 0.03, CurveObservable.ChiT);
        var fit = SlichterDrickamerFit.Fit(data);
        AssertRoundTrip(fit, ("ΔH", 15), ("ΔS", 75), ("Γ", 2), ("(χT)_HS", 3.3), ("(χT)_LS", 0.15));
        Assert.Contains(fit.Warnings, w => w.Contains("ΔS and Γ are not separately identifiable", StringComparison.Ordinal));
        Assert.True(Math.Abs(fit.Correlation["deltaS_JmolK", "gamma_kJmol"]) > 0.95);
        Assert.Equal(CurveObservable.ChiT, fit.Observable);
        Assert.NotNull(fit.Magnetic);
    }

    [Fact]
    public void AbruptCurveWithHysteresisRoundTripsOnItsBranches()
    {
        var truth = SlichterDrickamerModel.FromCalorimetric(20, 100, 5);
        var data = new SyntheticCurve(4).Make((t, b) => truth.BranchCurve(t, b), AroundLoop,
            [Branch.Heating, Branch.Cooling], 0.01);
        var fit = SlichterDrickamerFit.Fit(data);
        AssertRoundTrip(fit, ("ΔH", 20), ("ΔS", 100), ("Γ", 5), ("T1/2", 200));
        AssertNoSystematicResiduals(fit);
        Assert.DoesNotContain(fit.Warnings, w => w.Contains("identifiable", StringComparison.Ordinal));

        // The loop, which fixes Γ, is reproduced: its width within 0.5 K (the data step is 1 K).
        Assert.Equal(truth.Loop()!.WidthK, fit.Loop!.WidthK, 0.5);
        Assert.True(fit.Parameter("Γ").StdErr < 0.1);
    }

    [Fact]
    public void IncompleteTransitionRoundTripsWithItsTrappedFraction()
    {
        var truth = SlichterDrickamerModel.FromCalorimetric(20, 100, 5);
        var trapped = new TrappedFraction(HighSpin: 0.2);
        var data = new SyntheticCurve(5).Make((t, b) => truth.BranchCurve(t, b).Select(trapped.Observed).ToArray(),
            AroundLoop, [Branch.Heating, Branch.Cooling], 0.01);
        var fit = SlichterDrickamerFit.Fit(data, new SlichterDrickamerFitOptions { FitTrappedHighSpin = true });
        AssertRoundTrip(fit, ("ΔH", 20), ("ΔS", 100), ("Γ", 5), ("f_HS", 0.2));
        AssertNoSystematicResiduals(fit);

        // Without the trapped fraction the same data are misfit, and the runs test says so.
        var plain = SlichterDrickamerFit.Fit(data);
        Assert.Contains(plain.Warnings, w => w.Contains("systematic", StringComparison.Ordinal));
    }

    [Fact]
    public void IncompleteGradualChiTCurveWithSpinOnlyValuesRoundTrips()
    {
        // Fe(II) spin-only χT held (3.00 / 0): a trapped LS fraction and a trapped HS fraction are then identifiable.
        var truth = SlichterDrickamerModel.FromCalorimetric(12, 60, 0);
        var trapped = new TrappedFraction(HighSpin: 0.1, LowSpin: 0.25);
        var magnetic = MagneticResponse.IronII;
        var data = new SyntheticCurve(6).Make(
            (t, b) => truth.BranchCurve(t, b).Select(x => magnetic.ChiT(trapped.Observed(x))).ToArray(),
            Wide, [Branch.Scan], 0.02, CurveObservable.ChiT);
        var fit = SlichterDrickamerFit.Fit(data, new SlichterDrickamerFitOptions
        {
            FixedGammaKJPerMol = 0,
            FitTrappedHighSpin = true,
            FitTrappedLowSpin = true,
            FitHighSpinChiT = false,
            FitLowSpinChiT = false,
            Magnetic = magnetic,
        });
        AssertRoundTrip(fit, ("ΔH", 12), ("ΔS", 60), ("f_HS", 0.1), ("f_LS", 0.25));
        Assert.Empty(fit.Warnings);
    }

    [Fact]
    public void TrappedFractionAndBothChiTValuesFreeAreReportedAsNotIdentifiable()
    {
        // χT = (χT)_LS + Δχ [f + (1 − f) x]: the plateaus fix two combinations of three parameters.
        var truth = SlichterDrickamerModel.FromCalorimetric(20, 100, 5);
        var trapped = new TrappedFraction(HighSpin: 0.1);
        var magnetic = new MagneticResponse(3.3, 0.15);
        var data = new SyntheticCurve(7).Make(
            (t, b) => truth.BranchCurve(t, b).Select(x => magnetic.ChiT(trapped.Observed(x))).ToArray(),
            AroundLoop, [Branch.Heating, Branch.Cooling], 0.03, CurveObservable.ChiT);
        var fit = SlichterDrickamerFit.Fit(data, new SlichterDrickamerFitOptions { FitTrappedHighSpin = true });
        Assert.Contains(fit.Warnings, w => w.Contains("not identifiable", StringComparison.Ordinal)
            && w.Contains("f_HS", StringComparison.Ordinal) && w.Contains("(χT)_LS", StringComparison.Ordinal));
    }

    [Fact]
    public void MeasuredErrorBarsWeightTheFitAndGiveAReducedChiSquareNearOne()
    {
        var truth = SlichterDrickamerModel.FromCalorimetric(15, 75, 2);
        var data = new SyntheticCurve(8).Make((t, b) => truth.BranchCurve(t, b), Wide, [Branch.Scan], 0.01,
            withStdErr: true);
        var fit = SlichterDrickamerFit.Fit(data);
        Assert.True(fit.IsWeighted);

        // χ² of 91 points with 3 parameters: 88 ± √(2·88) ≈ 88 ± 13, so χ²/dof within 1 ± 0.6 (4 σ).
        Assert.InRange(fit.ReducedChiSquare, 0.4, 1.6);
        AssertRoundTrip(fit, ("ΔH", 15), ("ΔS", 75), ("Γ", 2));
    }

    [Fact]
    public void TheFittedConfigRunsInTheMeanFieldEngineAndReproducesTheFit()
    {
        var truth = SlichterDrickamerModel.FromCalorimetric(20, 100, 5);
        var data = new SyntheticCurve(9).Make((t, b) => truth.BranchCurve(t, b), AroundLoop,
            [Branch.Heating, Branch.Cooling], 0.01);
        var fit = SlichterDrickamerFit.Fit(data);

        // Γ → J = Γ/(2z) on the default all-to-all lattice (z = 6), ΔH → Δ = ΔH/R, ΔS → ln g = ΔS/R.
        var config = fit.ModelConfig;
        Assert.Equal(LatticeKind.AllToAll, config.Lattice.Kind);
        Assert.Equal(6, config.Lattice.Coordination);
        Assert.Equal(fit.Parameter("Γ").Value * 1000 / 8.314462618 / 12, config.CouplingK, 9);
        Assert.Equal(fit.Parameter("ΔH").Value * 1000 / 8.314462618, config.DeltaK, 9);
        Assert.Equal(fit.Parameter("ΔS").Value / 8.314462618, config.LnG, 9);

        var run = fit.ToSimulationConfig("fitted");
        var loop = Assert.IsType<TemperatureLoop>(run.Protocol);
        Assert.Equal(150, loop.TemperaturesK[0]);
        Assert.Equal(250, loop.TemperaturesK[^1]);
        var points = new MeanFieldEngine().Run(run, RunContext.Default).Points;
        foreach (var branch in new[] { Branch.Heating, Branch.Cooling })
        {
            var onBranch = points.Where(p => p.Branch == branch).ToArray();
            var expected = fit.Curve(onBranch.Select(p => p.Point.TemperatureK).ToArray(), branch);
            for (int k = 0; k < onBranch.Length; k++)
            {
                Assert.Equal(expected[k], onBranch[k].NHs.Mean, 9);
            }
        }

        // The config is valid input again (the CLI writes it as JSON).
        string json = System.Text.Json.JsonSerializer.Serialize(run, ConfigJson.Options);
        var reread = ConfigReader.Parse(json, "fitted.json");
        Assert.Equal(config.CouplingK, ((IsingLikeModelConfig)reread.Model).CouplingK, 12);
    }

    [Fact]
    public void TooFewPointsForTheParametersIsBadInput()
    {
        var points = new[] { 150.0, 200, 250 }.Select(t => new TransitionDataPoint(t, t / 300)).ToArray();
        var error = Assert.Throws<ConfigException>(() =>
            SlichterDrickamerFit.Fit(new TransitionData(CurveObservable.HighSpinFraction, points, "few.csv")));
        Assert.Equal("few.csv", error.Source);
        Assert.Contains("3 points cannot determine 3 parameters", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ParametersAreNamedWithTheirUnits()
    {
        var truth = SlichterDrickamerModel.FromCalorimetric(15, 75, 2);
        var data = new SyntheticCurve(10).Make((t, b) => truth.BranchCurve(t, b), Wide, [Branch.Scan], 0.01);
        var fit = SlichterDrickamerFit.Fit(data);
        Assert.Equal(["deltaH_kJmol", "deltaS_JmolK", "gamma_kJmol"], fit.Parameters.Select(p => p.Name));
        Assert.Equal(["kJ/mol", "J/(mol K)", "kJ/mol"], fit.Parameters.Select(p => p.Unit));
        Assert.Equal(fit.Parameter("ΔH").Value * 1000 / fit.Parameter("ΔS").Value, fit.THalf.Value, 9);
        Assert.Equal(data.Points.Count, fit.Residuals.Count);
        Assert.Equal(data.Points.Count - 3, fit.DegreesOfFreedom);
    }
}
