using SCOModel.Core.Configuration;
using SCOModel.MeanField.Fitting;

namespace SCOModel.Cli.Reporting;

/// <summary>
/// What `sco fit` reports of either fit (one-step Slichter–Drickamer or two-sublattice): the shared fit result, its
/// fit.json, what the fitted model predicts (its loop or its plateau; given ΔV, its shift under pressure), and, where
/// the model has a config kind, the fitted config.
/// </summary>
internal sealed record FitOutcome(
    string Kind,
    TransitionFitResult Result,
    string Json,
    SimulationConfig? FittedConfig,
    IReadOnlyList<KeyValuePair<string, string>> Findings,
    PressureShiftPrediction? Prediction = null)
{
    public static FitOutcome Of(SlichterDrickamerFitResult fit, string source, string name,
        PressureShiftPrediction? prediction = null)
    {
        var findings = fit.Loop is { } loop
            ? new[]
            {
                KeyValuePair.Create("Mean-field loop", FormattableString.Invariant(
                    $"{loop.Cooling.TemperatureK:F2} K ↓ to {loop.Heating.TemperatureK:F2} K ↑ (width {loop.WidthK:F2} K)")),
            }
            : [];
        return new FitOutcome("Slichter–Drickamer (one step)", fit, FitJson.Format(fit, source, prediction),
            fit.ToSimulationConfig(name), findings, prediction);
    }

    public static FitOutcome Of(TwoSublatticeFitResult fit, string source)
    {
        string plateau = fit.TwoStep is { } step
            ? FormattableString.Invariant(
                $"n_HS = {step.PlateauNHs:F3} from {step.PlateauFromK:F1} to {step.PlateauToK:F1} K (steps at {step.FirstStepK:F1} and {step.SecondStepK:F1} K)")
            : "none: the fitted model switches in one step";
        return new FitOutcome("two-sublattice (two steps)", fit, FitJson.Format(fit, source), null,
            [KeyValuePair.Create("Plateau", plateau)]);
    }

    /// <summary>The one line on the pressure slope: dT1/2/dP = ΔV/ΔS with its error, in K/GPa and K/kbar, and ΔV.</summary>
    public static string SlopeSummary(PressureShiftPrediction prediction) =>
        $"dT1/2/dP = ΔV/ΔS = {Slope(prediction)} " +
        FormattableString.Invariant($"(ΔV = {prediction.Volume.PerMoleculeA3:G4} Å^3, {VolumeSource(prediction.Volume)})");

    /// <summary>dT1/2/dP with its error in K/GPa and K/kbar.</summary>
    public static string Slope(PressureShiftPrediction prediction) => FormattableString.Invariant(
        $"{prediction.SlopeKPerGPa:F1} {Error(prediction.SlopeStdErrKPerGPa, "F1")}K/GPa = ") + FormattableString.Invariant(
        $"{prediction.SlopeKPerKbar:F2} {Error(prediction.SlopeStdErrKPerKbar, "F2")}K/kbar");

    /// <summary>Where the loop closes under pressure, in words.</summary>
    public static string CriticalPointSummary(PressureShiftPrediction prediction) =>
        prediction.CriticalPressureGPa is double pc && prediction.CriticalTemperatureK is double tc
            ? FormattableString.Invariant(
                $"P_c = {pc:F3} {Error(prediction.CriticalPressureStdErrGPa, "F3")}GPa, T_c = Γ/(2R) = {tc:F1} {Error(prediction.CriticalTemperatureStdErrK, "F1")}K")
            : "none: " + (prediction.CriticalTemperatureK is null ? "Γ ≤ 0 gives no loop at any pressure" : "ΔV = 0 leaves the loop unchanged");

    /// <summary>How ΔV was obtained, in words.</summary>
    public static string VolumeSource(VolumeChange volume) => volume.Source == VolumeChangeSource.CellVolumes
        ? FormattableString.Invariant(
            $"from cell volumes ({volume.HighSpinCellA3:G6} − {volume.LowSpinCellA3:G6})/{volume.MoleculesPerCell} Å^3")
        : "given";

    private static string Error(double stdErr, string format) =>
        double.IsFinite(stdErr) && stdErr > 0 ? "± " + stdErr.ToString(format, System.Globalization.CultureInfo.InvariantCulture) + " " : string.Empty;
}
