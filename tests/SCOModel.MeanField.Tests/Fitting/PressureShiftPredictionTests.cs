using SCOModel.Core.Protocols;
using SCOModel.MeanField.Fitting;
using SCOModel.MeanField.Tests.Support;

namespace SCOModel.MeanField.Tests.Fitting;

/// <summary>
/// The pressure prediction of PHYSICS.md §2 against closed forms written out here in molar units: ΔH → ΔH + P ΔV,
/// T1/2(P) = (ΔH + P ΔV)/ΔS, dT1/2/dP = ΔV/ΔS, the spinodals as the extrema of
/// T(x) = [ΔH + P ΔV + Γ(1 − 2x)]/[ΔS + R ln((1 − x)/x)] found by brute force, and the loop closing where
/// T1/2(P_c) = Γ/(2R).
/// </summary>
public class PressureShiftPredictionTests
{
    private const double R = MolarFormulas.R;
    private const double DeltaH = 16_000; // J/mol
    private const double DeltaS = 80;     // J/(mol K): T1/2 = 200 K at P = 0
    private const double Gamma = 5_000;   // J/mol: Γ/(2R) = 300.7 K, a loop at P = 0
    private const double DeltaVA3 = 25;

    /// <summary>
    /// P ΔV per mole for 1 GPa and ΔV in Å^3: 1e9 Pa × 1e-30 m^3 × N_A, in J/mol. (R = 8.314462618 is k_B N_A to 2e-11,
    /// so comparisons with the engine's kelvin units hold to ~1e-10 relative, not to the last bit.)
    /// </summary>
    private static double MolarWorkPerGPa(double deltaVA3) => deltaVA3 * 1e9 * 1e-30 * 6.02214076e23;

    private static SlichterDrickamerModel Model(double gamma = Gamma) =>
        SlichterDrickamerModel.FromCalorimetric(DeltaH / 1000, DeltaS, gamma / 1000);

    [Theory]
    [InlineData(25.0)]
    [InlineData(12.5)]
    [InlineData(-8.0)]
    public void TheSlopeIsDeltaVOverDeltaSAndTHalfFollowsTheMaxwellLine(double deltaV)
    {
        double[] pressures = [0, 0.1, 0.25, 0.5];
        var prediction = PressureShiftPrediction.Of(Model(), VolumeChange.Given(deltaV), pressures);

        double slope = MolarWorkPerGPa(deltaV) / DeltaS; // K/GPa
        Assert.Equal(slope, prediction.SlopeKPerGPa, Math.Abs(slope) * 1e-9);
        Assert.Equal(slope / 10, prediction.SlopeKPerKbar, Math.Abs(slope) * 1e-9);
        Assert.Equal(deltaV, prediction.Model.DeltaVA3);
        for (int k = 0; k < pressures.Length; k++)
        {
            double tHalf = (DeltaH + (pressures[k] * MolarWorkPerGPa(deltaV))) / DeltaS;
            Assert.Equal(pressures[k], prediction.Points[k].PressureGPa);
            Assert.Equal(tHalf, prediction.Points[k].THalfK!.Value, tHalf * 1e-9);
        }

        // A model alone has no errors to propagate.
        Assert.True(double.IsNaN(prediction.SlopeStdErrKPerGPa));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.1)]
    [InlineData(0.2)]
    [InlineData(0.35)]
    [InlineData(0.45)]
    public void TUpAndTDownAreTheExtremaOfTOfXAtDeltaHPlusPDeltaV(double pressureGPa)
    {
        var prediction = PressureShiftPrediction.Of(Model(), VolumeChange.Given(DeltaVA3), [pressureGPa]);
        var point = Assert.Single(prediction.Points);

        var extrema = MolarFormulas.ExtremaOfTemperature(DeltaH + (pressureGPa * MolarWorkPerGPa(DeltaVA3)), DeltaS, Gamma);
        Assert.Equal(2, extrema.Count);
        var (up, down) = (extrema.Single(e => e.IsMaximum), extrema.Single(e => !e.IsMaximum));
        Assert.Equal(up.T, point.TUpK!.Value, 0.01);
        Assert.Equal(down.T, point.TDownK!.Value, 0.01);
        Assert.Equal(up.T - down.T, point.WidthK!.Value, 0.02);
    }

    [Fact]
    public void TheLoopClosesWhereTHalfReachesGammaOver2R()
    {
        var prediction = PressureShiftPrediction.Of(Model(), VolumeChange.Given(DeltaVA3), [0.6, 0.7]);

        double tc = Gamma / (2 * R);
        double pc = ((DeltaS * tc) - DeltaH) / MolarWorkPerGPa(DeltaVA3);
        Assert.Equal(tc, prediction.CriticalTemperatureK!.Value, tc * 1e-9);
        Assert.Equal(pc, prediction.CriticalPressureGPa!.Value, 1e-9);
        Assert.Equal(tc, prediction.Model.MaxwellTemperatureK(pc)!.Value, tc * 1e-9);

        // Just below P_c a narrow loop, just above none; beyond P_c no extrema of T(x) at all.
        var model = prediction.Model;
        var below = model.Loop(pc - 1e-4);
        Assert.NotNull(below);
        Assert.InRange(below.WidthK, 0, 0.5);
        Assert.Null(model.Loop(pc + 1e-4));
        Assert.All(prediction.Points, p => Assert.Null(p.TUpK));
        Assert.Empty(MolarFormulas.ExtremaOfTemperature(DeltaH + (0.6 * MolarWorkPerGPa(DeltaVA3)), DeltaS, Gamma));
    }

    [Fact]
    public void ANegativeDeltaVOpensTheLoopAbovePc()
    {
        // Γ = 3 kJ/mol < 2 R T1/2 = 3.33 kJ/mol: gradual at P = 0; ΔV < 0 lowers T1/2 until the loop opens.
        var prediction = PressureShiftPrediction.Of(Model(3000), VolumeChange.Given(-20), [0, 0.5]);
        double pc = ((DeltaS * 3000 / (2 * R)) - DeltaH) / MolarWorkPerGPa(-20);
        Assert.Equal(pc, prediction.CriticalPressureGPa!.Value, 1e-9);
        Assert.InRange(pc, 0, 0.5);
        Assert.Null(prediction.Points[0].Loop);
        Assert.NotNull(prediction.Points[1].Loop);
    }

    [Fact]
    public void WithoutCooperativityOrVolumeThereIsNoCriticalPressure()
    {
        var anti = PressureShiftPrediction.Of(Model(-2000), VolumeChange.Given(DeltaVA3), [0]);
        Assert.Null(anti.CriticalPressureGPa);
        Assert.Null(anti.CriticalTemperatureK);
        Assert.Null(anti.Points[0].Loop);

        var rigid = PressureShiftPrediction.Of(Model(), VolumeChange.Given(0), [0, 1]);
        Assert.Null(rigid.CriticalPressureGPa);
        Assert.Equal(0, rigid.SlopeKPerGPa);
        Assert.Equal(rigid.Points[0].TUpK, rigid.Points[1].TUpK);
    }

    [Fact]
    public void CellVolumesGiveDeltaVPerMolecule()
    {
        var volume = VolumeChange.FromCellVolumes(2400, 2500, 4);
        Assert.Equal(25, volume.PerMoleculeA3);
        Assert.Equal(VolumeChangeSource.CellVolumes, volume.Source);
        Assert.Equal((2400.0, 2500.0, 4), (volume.LowSpinCellA3!.Value, volume.HighSpinCellA3!.Value, volume.MoleculesPerCell!.Value));
        Assert.Equal(VolumeChangeSource.Given, VolumeChange.Given(25).Source);

        Assert.Throws<ArgumentOutOfRangeException>(() => VolumeChange.FromCellVolumes(-1, 2500, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => VolumeChange.FromCellVolumes(2400, 0, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => VolumeChange.FromCellVolumes(2400, 2500, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => VolumeChange.Given(double.NaN));
    }

    [Fact]
    public void FromAFitTheErrorsArePropagatedFromItsCovariance()
    {
        var truth = SlichterDrickamerModel.FromCalorimetric(15, 75, 4, DeltaVA3);
        var data = new SyntheticCurve(11).Make((t, b) => truth.BranchCurve(t, b), SyntheticCurve.Range(150, 250, 1),
            [Branch.Heating, Branch.Cooling], 0.01);
        var fit = SlichterDrickamerFit.Fit(data, new SlichterDrickamerFitOptions { DeltaVA3 = DeltaVA3 });
        var prediction = PressureShiftPrediction.Of(fit, VolumeChange.Given(DeltaVA3), [0, 0.1]);

        var (dh, ds, g) = (fit.Parameter("ΔH"), fit.Parameter("ΔS"), fit.Parameter("Γ"));
        Assert.Equal(MolarWorkPerGPa(DeltaVA3) / ds.Value, prediction.SlopeKPerGPa, prediction.SlopeKPerGPa * 1e-9);
        Assert.Equal(prediction.SlopeKPerGPa * ds.StdErr / ds.Value, prediction.SlopeStdErrKPerGPa, 1e-9);
        Assert.Equal(prediction.SlopeStdErrKPerGPa / 10, prediction.SlopeStdErrKPerKbar, 1e-12);
        Assert.Equal(g.StdErr * 1000 / (2 * R), prediction.CriticalTemperatureStdErrK, 1e-9);

        // P_c = (ΔS Γ/(2R) − ΔH)/ΔV in J/mol: σ² = gᵀ C g over (ΔH, ΔS, Γ) with C_ab = r_ab σ_a σ_b.
        double work = MolarWorkPerGPa(DeltaVA3);
        double pc = ((ds.Value * g.Value * 1000 / (2 * R)) - (dh.Value * 1000)) / work;
        Assert.Equal(pc, prediction.CriticalPressureGPa!.Value, 1e-9);
        var names = new[] { "deltaH_kJmol", "deltaS_JmolK", "gamma_kJmol" };
        var sigma = new[] { dh.StdErr, ds.StdErr, g.StdErr };
        var gradient = new[] { -1000 / work, g.Value * 1000 / (2 * R) / work, ds.Value * 1000 / (2 * R) / work };
        double variance = 0;
        for (int a = 0; a < 3; a++)
        {
            for (int b = 0; b < 3; b++)
            {
                variance += gradient[a] * gradient[b] * fit.Correlation[names[a], names[b]] * sigma[a] * sigma[b];
            }
        }

        Assert.Equal(Math.Sqrt(variance), prediction.CriticalPressureStdErrGPa, Math.Sqrt(variance) * 1e-6);
        Assert.True(prediction.CriticalPressureStdErrGPa > 0 && prediction.CriticalPressureStdErrGPa < 0.1);

        // The truth: P_c = (75 × 4000/(2R) − 15000)/ΔV; the fit's within 4 of its own standard errors.
        double truePc = ((75 * 4000 / (2 * R)) - 15_000) / work;
        Assert.True(Math.Abs(prediction.CriticalPressureGPa.Value - truePc) < 4 * prediction.CriticalPressureStdErrGPa,
            $"P_c = {prediction.CriticalPressureGPa} ± {prediction.CriticalPressureStdErrGPa}, truth {truePc}");
    }

    [Fact]
    public void ThePropagatedErrorOfPcMatchesTheScatterOverNoiseSeeds()
    {
        // 16 noisy copies of one loop: the deviations of P_c from the truth, in units of each fit's own error, scatter
        // with an rms near 1 if the linear propagation is honest (a missed correlation would make it 3–10 here).
        var truth = SlichterDrickamerModel.FromCalorimetric(15, 75, 4, DeltaVA3);
        double truePc = ((75 * 4000 / (2 * R)) - 15_000) / MolarWorkPerGPa(DeltaVA3);
        var z = new List<double>();
        for (ulong seed = 100; seed < 116; seed++)
        {
            var data = new SyntheticCurve(seed).Make((t, b) => truth.BranchCurve(t, b), SyntheticCurve.Range(150, 250, 2),
                [Branch.Heating, Branch.Cooling], 0.02);
            var fit = SlichterDrickamerFit.Fit(data, new SlichterDrickamerFitOptions { DeltaVA3 = DeltaVA3 });
            var prediction = PressureShiftPrediction.Of(fit, VolumeChange.Given(DeltaVA3), []);
            z.Add((prediction.CriticalPressureGPa!.Value - truePc) / prediction.CriticalPressureStdErrGPa);
        }

        double rms = Math.Sqrt(z.Average(v => v * v));
        Assert.True(rms is > 0.5 and < 1.7, $"rms deviation {rms:F2} σ: {string.Join(", ", z.Select(v => v.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)))}");
        Assert.All(z, v => Assert.True(Math.Abs(v) < 4, $"{v:F1} σ"));
    }

    [Fact]
    public void ACurveMeasuredUnderPressureRoundTripsToDeltaHAtZeroAndPredictsFromThere()
    {
        // Measured at 0.3 GPa: T1/2 = (15000 + 0.3 ΔV)/75 = 260.2 K, below Γ/(2R) = 300.7 K, so still a loop.
        const double Pressure = 0.3;
        var truth = SlichterDrickamerModel.FromCalorimetric(15, 75, 5, DeltaVA3);
        var data = new SyntheticCurve(13).Make((t, b) => truth.BranchCurve(t, b, Pressure), SyntheticCurve.Range(200, 320, 1),
            [Branch.Heating, Branch.Cooling], 0.01);
        var fit = SlichterDrickamerFit.Fit(data, new SlichterDrickamerFitOptions { DeltaVA3 = DeltaVA3, PressureGPa = Pressure });

        double tHalf = (15_000 + (Pressure * MolarWorkPerGPa(DeltaVA3))) / 75;
        Assert.True(fit.Converged);
        foreach (var (name, value) in new[] { ("ΔH", 15), ("ΔS", 75), ("Γ", 5), ("T1/2", tHalf) })
        {
            var p = fit.Parameter(name);
            Assert.False(p.AtBound, name);
            Assert.True(p.SigmasFrom(value) <= 4, $"{name} = {p.Value} ± {p.StdErr}, truth {value}");
        }

        // The prediction starts where the data were measured, on the fit's own T1/2 there.
        var prediction = PressureShiftPrediction.Of(fit, VolumeChange.Given(DeltaVA3), [Pressure, 0.4]);
        Assert.Equal(fit.THalf.Value, prediction.Points[0].THalfK!.Value, 1e-9);
        Assert.Equal(fit.Loop!.WidthK, prediction.Points[0].WidthK!.Value, 1e-12);
    }

    [Fact]
    public void AHeldGammaContributesNoErrorAndTheFitMustShareDeltaV()
    {
        var truth = SlichterDrickamerModel.FromCalorimetric(15, 75, 4);
        var data = new SyntheticCurve(12).Make((t, b) => truth.BranchCurve(t, b), SyntheticCurve.Range(150, 250, 1),
            [Branch.Heating, Branch.Cooling], 0.01);
        var fit = SlichterDrickamerFit.Fit(data, new SlichterDrickamerFitOptions { FixedGammaKJPerMol = 4, DeltaVA3 = 25 });
        var prediction = PressureShiftPrediction.Of(fit, VolumeChange.Given(25), [0]);
        Assert.Equal(0, prediction.CriticalTemperatureStdErrK);

        // With Γ exact, P_c = ΔS (Γ/(2R) − T1/2(0))/ΔV carries only ΔH and ΔS's errors: finite and positive.
        Assert.True(double.IsFinite(prediction.CriticalPressureStdErrGPa) && prediction.CriticalPressureStdErrGPa > 0);

        Assert.Throws<ArgumentException>(() => PressureShiftPrediction.Of(fit, VolumeChange.Given(30), [0]));
    }
}
