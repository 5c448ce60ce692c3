using SCOModel.Cli.Commands;
using SCOModel.Plotting.Charts;

namespace SCOModel.Cli.Reporting;

/// <summary>
/// The chart of `sco screen`: each candidate's predicted T1/2 with its 95 % interval (horizontal bars) against its
/// rank, the wanted window shaded.
/// </summary>
internal static class MlScreenChart
{
    public static Figure Build(IReadOnlyList<ScreenedCandidate> rows, string target, double low, double high)
    {
        var plot = new XYPlot(new Axis($"Predicted {target}"), new Axis("Rank") { Min = 0, Max = rows.Count + 1 });
        plot.Annotations.Add(new ShadedBand(low, high, "window") { Colour = Palette.BluishGreen, Opacity = 0.18 });
        plot.Series.Add(new XYSeries("prediction (95 % interval)",
            rows.Select(r => r.Prediction.Mean).ToArray(),
            rows.Select((_, i) => (double)(i + 1)).ToArray())
        {
            Style = SeriesStyle.Scatter with { Colour = Palette.Blue },
            XError = rows.Select(r => 1.959964 * r.Prediction.StdDev).ToArray(),
        });
        return new Figure(plot) { Title = $"Screening: P({target} in window), best first" };
    }
}
