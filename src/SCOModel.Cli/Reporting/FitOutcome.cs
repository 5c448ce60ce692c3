using SCOModel.Core.Configuration;
using SCOModel.MeanField.Fitting;

namespace SCOModel.Cli.Reporting;

/// <summary>
/// What `sco fit` reports of either fit (one-step Slichter–Drickamer or two-sublattice): the shared fit result, its
/// fit.json, what the fitted model predicts (its loop or its plateau), and, where the model has a config kind, the
/// fitted config.
/// </summary>
internal sealed record FitOutcome(
    string Kind,
    TransitionFitResult Result,
    string Json,
    SimulationConfig? FittedConfig,
    IReadOnlyList<KeyValuePair<string, string>> Findings)
{
    public static FitOutcome Of(SlichterDrickamerFitResult fit, string source, string name)
    {
        var findings = fit.Loop is { } loop
            ? new[]
            {
                KeyValuePair.Create("Mean-field loop", FormattableString.Invariant(
                    $"{loop.Cooling.TemperatureK:F2} K ↓ to {loop.Heating.TemperatureK:F2} K ↑ (width {loop.WidthK:F2} K)")),
            }
            : [];
        return new FitOutcome("Slichter–Drickamer (one step)", fit, FitJson.Format(fit, source), fit.ToSimulationConfig(name),
            findings);
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
}
