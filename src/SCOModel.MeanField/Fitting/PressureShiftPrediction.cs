using SCOModel.Core.Units;

namespace SCOModel.MeanField.Fitting;

/// <summary>
/// What a Slichter–Drickamer model (typically a fitted one) and a ΔV predict under pressure (PHYSICS.md §2): pressure
/// shifts ΔH to ΔH + P ΔV and changes nothing else, so
/// <code>
/// T1/2(P) = (ΔH + P ΔV)/ΔS,   dT1/2/dP = ΔV/ΔS (Clausius–Clapeyron),   T↑(P), T↓(P): extrema of T(x) at ΔH + P ΔV,
/// </code>
/// and since a loop needs Γ &gt; 2 R T1/2 while Γ does not depend on P, the loop closes at a critical point where
/// T1/2(P_c) = T_c = Γ/(2R): P_c = (ΔS Γ/(2R) − ΔH)/ΔV. Trapped fractions and χT constants scale the observed curve
/// but not these temperatures, so they play no part.
/// </summary>
/// <remarks>
/// Built from a fit, the errors are propagated linearly from the fit's covariance of ΔH, ΔS and Γ (its standard errors
/// and correlation matrix) with ΔV taken as exact; a held Γ contributes none. An error is NaN where a parameter it
/// needs ended on a bound and +∞ where the data do not constrain one. Built from a model alone, the errors are NaN.
/// </remarks>
public sealed record PressureShiftPrediction
{
    /// <summary>How the errors were obtained, for the reports.</summary>
    public const string ErrorNote = "standard errors propagated linearly from the fit's covariance of ΔH, ΔS and Γ; " +
        "ΔV taken as exact";

    private const string DeltaHName = "deltaH_kJmol";
    private const string DeltaSName = "deltaS_JmolK";
    private const string GammaName = "gamma_kJmol";

    /// <summary>The model the prediction is made with (its ΔV is <see cref="Volume"/>).</summary>
    public required SlichterDrickamerModel Model { get; init; }

    /// <summary>ΔV and where it came from.</summary>
    public required VolumeChange Volume { get; init; }

    /// <summary>The predicted transition at each pressure, in the order given.</summary>
    public required IReadOnlyList<PredictedTransition> Points { get; init; }

    /// <summary>dT1/2/dP = ΔV/ΔS in K/GPa.</summary>
    public required double SlopeKPerGPa { get; init; }

    /// <summary>The standard error of <see cref="SlopeKPerGPa"/> (from ΔS's).</summary>
    public required double SlopeStdErrKPerGPa { get; init; }

    /// <summary>The pressure at which the loop closes, GPa (T1/2(P_c) = Γ/(2R)); null when Γ ≤ 0 or ΔV = 0 (it never
    /// closes or opens by pressure). It may lie outside the pressures predicted, or below zero.</summary>
    public required double? CriticalPressureGPa { get; init; }

    /// <summary>The standard error of <see cref="CriticalPressureGPa"/>.</summary>
    public required double CriticalPressureStdErrGPa { get; init; }

    /// <summary>T_c = Γ/(2R) in kelvin, the temperature of the critical point; null when Γ ≤ 0.</summary>
    public required double? CriticalTemperatureK { get; init; }

    /// <summary>The standard error of <see cref="CriticalTemperatureK"/> (from Γ's).</summary>
    public required double CriticalTemperatureStdErrK { get; init; }

    /// <summary>dT1/2/dP in K/kbar.</summary>
    public double SlopeKPerKbar => SlopeKPerGPa * PhysicalUnits.GPaPerKbar;

    /// <summary>The standard error of <see cref="SlopeKPerKbar"/>.</summary>
    public double SlopeStdErrKPerKbar => SlopeStdErrKPerGPa * PhysicalUnits.GPaPerKbar;

    /// <summary>The prediction of a model with ΔV replaced by <paramref name="volume"/>'s (its ΔH is at P = 0); no errors.</summary>
    public static PressureShiftPrediction Of(SlichterDrickamerModel model, VolumeChange volume,
        IReadOnlyList<double> pressuresGPa)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(volume);
        return Build(model with { DeltaVA3 = volume.PerMoleculeA3 }, volume, pressuresGPa, Uncertainty.None);
    }

    /// <summary>
    /// The prediction of a one-step fit, with errors from its covariance. The fit must have been made with the same ΔV
    /// (<see cref="TransitionFitOptions.DeltaVA3"/>): it refers ΔH from the data's pressure to P = 0 through it.
    /// </summary>
    public static PressureShiftPrediction Of(SlichterDrickamerFitResult fit, VolumeChange volume,
        IReadOnlyList<double> pressuresGPa)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(volume);
        if (fit.Model.DeltaVA3 != volume.PerMoleculeA3)
        {
            throw new ArgumentException(
                $"the fit was made with ΔV = {fit.Model.DeltaVA3} Å^3, not {volume.PerMoleculeA3}: fit with the ΔV to predict with",
                nameof(volume));
        }

        return Build(fit.Model, volume, pressuresGPa, new Uncertainty(fit));
    }

    private static PressureShiftPrediction Build(SlichterDrickamerModel model, VolumeChange volume,
        IReadOnlyList<double> pressuresGPa, Uncertainty uncertainty)
    {
        ArgumentNullException.ThrowIfNull(pressuresGPa);
        if (!(model.LnG > 0))
        {
            throw new ArgumentException("ΔS must be positive for a thermal spin crossover to shift with pressure", nameof(model));
        }

        if (pressuresGPa.Any(p => !double.IsFinite(p)))
        {
            throw new ArgumentException("every pressure must be finite", nameof(pressuresGPa));
        }

        var points = pressuresGPa
            .Select(p => new PredictedTransition(p, model.MaxwellTemperatureK(p), model.Loop(p)))
            .ToArray();

        // T1/2 = Δ(P)/ln g with Δ(P) = Δ + P ΔV (kelvin): dT1/2/dP = (P ΔV per GPa, in K)/ln g = ΔV/ΔS.
        double workPerGPaK = PhysicalUnits.KelvinFromPressureVolume(1, volume.PerMoleculeA3);
        double slope = workPerGPaK / model.LnG;
        double deltaS = model.DeltaSJPerMolK;
        double slopeError = Math.Abs(slope) * uncertainty.StdErr(DeltaSName) / deltaS;

        double? criticalT = model.GammaK > 0 ? model.CriticalTemperatureK : null;
        double criticalTError = criticalT is null ? double.NaN
            : 0.5 * PhysicalUnits.KelvinPerKJPerMol * uncertainty.StdErr(GammaName);

        // Δ + P_c ΔV = ln g Γ/2 (T1/2(P_c) = Γ/2 in kelvin, Γ/(2R) molar); the gradient is that of the numerator
        // N = ln g Γ/2 − Δ with respect to the reported ΔH (kJ/mol), ΔS (J/(mol K)) and Γ (kJ/mol).
        double? criticalP = null;
        double criticalPError = double.NaN;
        if (criticalT is not null && workPerGPaK != 0)
        {
            criticalP = ((model.LnG * model.GammaK / 2) - model.DeltaK) / workPerGPaK;
            double numeratorError = uncertainty.Propagate(
                (DeltaHName, -PhysicalUnits.KelvinPerKJPerMol),
                (DeltaSName, PhysicalUnits.LnGFromJPerMolK(1) * model.GammaK / 2),
                (GammaName, model.LnG * PhysicalUnits.KelvinPerKJPerMol / 2));
            criticalPError = numeratorError / Math.Abs(workPerGPaK);
        }

        return new PressureShiftPrediction
        {
            Model = model,
            Volume = volume,
            Points = points,
            SlopeKPerGPa = slope,
            SlopeStdErrKPerGPa = slopeError,
            CriticalPressureGPa = criticalP,
            CriticalPressureStdErrGPa = criticalPError,
            CriticalTemperatureK = criticalT,
            CriticalTemperatureStdErrK = criticalTError,
        };
    }

    /// <summary>
    /// The covariance of the reported ΔH, ΔS, Γ of a fit, rebuilt as C_ab = r_ab σ_a σ_b from its standard errors and
    /// correlation matrix (exactly the matrix the fit reports); a held parameter has no variance. Without a fit every
    /// error is NaN.
    /// </summary>
    private sealed class Uncertainty(SlichterDrickamerFitResult? fit)
    {
        public static Uncertainty None { get; } = new(null);

        public double StdErr(string name) => Propagate((name, 1));

        /// <summary>√(gᵀ C g) for the gradient g given by name: +∞ if a parameter with g ≠ 0 is unconstrained, NaN
        /// if one has no error (on a bound; or no fit at all).</summary>
        public double Propagate(params (string Name, double Gradient)[] gradient)
        {
            if (fit is null)
            {
                return double.NaN;
            }

            var terms = gradient
                .Where(g => g.Gradient != 0)
                .Select(g => (g.Name, g.Gradient, Parameter: fit.Parameter(g.Name)))
                .Where(g => !g.Parameter.IsFixed)
                .ToArray();
            if (terms.Any(t => double.IsPositiveInfinity(t.Parameter.StdErr)))
            {
                return double.PositiveInfinity;
            }

            double variance = 0;
            foreach (var a in terms)
            {
                foreach (var b in terms)
                {
                    double r = a.Name == b.Name ? 1 : fit.Correlation[a.Name, b.Name];
                    variance += a.Gradient * b.Gradient * r * a.Parameter.StdErr * b.Parameter.StdErr;
                }
            }

            // Rounding in the cancellation of strongly correlated terms can leave a tiny negative variance.
            return Math.Sqrt(Math.Max(variance, 0));
        }
    }
}
