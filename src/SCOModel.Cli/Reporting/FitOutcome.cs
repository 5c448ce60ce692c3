using SCOModel.Core.Configuration;
using SCOModel.Core.Protocols;
using SCOModel.MeanField.Fitting;

namespace SCOModel.Cli.Reporting;

/// <summary>
/// What `sco fit` reports of either fit (one-step Slichter–Drickamer or two-sublattice): the parameters, the
/// residuals, the model curve for the charts, fit.json, and, where the model has a config kind, the fitted config.
/// </summary>
internal sealed record FitOutcome(
    string Kind,
    CurveObservable Observable,
    IReadOnlyList<FitParameter> Parameters,
    FitParameter THalf,
    double ReducedChiSquare,
    IReadOnlyList<FitResidual> Residuals,
    IReadOnlyList<string> Warnings,
    Func<IReadOnlyList<double>, Branch, double[]> Curve,
    string Json,
    SimulationConfig? FittedConfig,
    IReadOnlyList<KeyValuePair<string, string>> Findings)
{
    public static FitOutcome Of(SlichterDrickamerFitResult fit, string source, string name)
    {
        var findings = new List<KeyValuePair<string, string>>();
        if (fit.Loop is { } loop)
        {
            findings.Add(KeyValuePair.Create("Mean-field loop",
                FormattableString.Invariant($"{loop.Cooling.TemperatureK:F2} K ↓ to {loop.Heating.TemperatureK:F2} K ↑ (width {loop.WidthK:F2} K)")));
        }

        return new FitOutcome("Slichter–Drickamer (one step)", fit.Observable, fit.Parameters, fit.THalf,
            fit.ReducedChiSquare, fit.Residuals, fit.Warnings, fit.Curve, FitJson.Format(fit, source),
            fit.ToSimulationConfig(name), findings);
    }

    public static FitOutcome Of(TwoSublatticeFitResult fit, string source)
    {
        var findings = new List<KeyValuePair<string, string>>();
        if (fit.TwoStep is { } step)
        {
            findings.Add(KeyValuePair.Create("Plateau", FormattableString.Invariant(
                $"n_HS = {step.PlateauNHs:F3} from {step.PlateauFromK:F1} to {step.PlateauToK:F1} K (steps at {step.FirstStepK:F1} and {step.SecondStepK:F1} K)")));
        }
        else
        {
            findings.Add(KeyValuePair.Create("Plateau", "none: the fitted model switches in one step"));
        }

        return new FitOutcome("two-sublattice (two steps)", fit.Observable, fit.Parameters, fit.THalf,
            fit.DegreesOfFreedom > 0 ? fit.ChiSquare / fit.DegreesOfFreedom : double.NaN, fit.Residuals, fit.Warnings,
            fit.Curve, FitJson.Format(fit, source), null, findings);
    }
}
