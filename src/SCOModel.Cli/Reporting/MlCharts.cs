using SCOModel.Learning.Data;
using SCOModel.Learning.Evaluation;
using SCOModel.Plotting.Charts;

namespace SCOModel.Cli.Reporting;

/// <summary>
/// The charts of `sco ml train`: out-of-fold predictions against observations (parity, with 95 % predictive intervals
/// and the line y = x), and residuals against predictions.
/// </summary>
internal static class MlCharts
{
    public const string ParityBaseName = "parity";
    public const string ResidualsBaseName = "residuals";

    public static IReadOnlyList<(string BaseName, Figure Figure)> Build(TrainingSet set, CrossValidationResult v, string kind) =>
        [(ParityBaseName, Parity(set, v, kind)), (ResidualsBaseName, Residuals(set, v, kind))];

    private static Figure Parity(TrainingSet set, CrossValidationResult v, string kind)
    {
        var observed = set.Target.ToArray();
        var predicted = v.Predictions.Select(p => p.Mean).ToArray();
        var plot = new XYPlot(new Axis($"Observed {set.TargetName}"), new Axis($"Predicted {set.TargetName}"));
        double low = Math.Min(observed.Min(), predicted.Min()), high = Math.Max(observed.Max(), predicted.Max());
        plot.Series.Add(new XYSeries("y = x", [low, high], [low, high])
        {
            Style = SeriesStyle.Line with { Colour = Palette.Black, Dash = LineDash.Dashed },
        });
        plot.Series.Add(new XYSeries($"{kind} (out of fold, 95 % intervals)", observed, predicted,
            v.Predictions.Select(p => 1.959964 * p.StdDev).ToArray())
        {
            Style = SeriesStyle.Scatter with { Colour = Palette.Blue },
        });
        return new Figure(plot) { Title = $"{set.TargetName}: cross-validated predictions ({v.Folds} folds)" };
    }

    private static Figure Residuals(TrainingSet set, CrossValidationResult v, string kind)
    {
        var predicted = v.Predictions.Select(p => p.Mean).ToArray();
        var residuals = set.Target.Select((y, i) => y - predicted[i]).ToArray();
        var plot = new XYPlot(new Axis($"Predicted {set.TargetName}"), new Axis("Residual (observed − predicted)"));
        plot.Series.Add(new XYSeries("zero", [predicted.Min(), predicted.Max()], [0.0, 0.0])
        {
            Style = SeriesStyle.Line with { Colour = Palette.Black, Dash = LineDash.Dashed },
            ShowInLegend = false,
        });
        plot.Series.Add(new XYSeries($"{kind} (out of fold)", predicted, residuals,
            v.Predictions.Select(p => 1.959964 * p.StdDev).ToArray())
        {
            Style = SeriesStyle.Scatter with { Colour = Palette.Vermillion },
        });
        return new Figure(plot) { Title = $"{set.TargetName}: residuals" };
    }
}
