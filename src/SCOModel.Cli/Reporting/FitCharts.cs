using SCOModel.Core.Protocols;
using SCOModel.MeanField.Fitting;
using SCOModel.Plotting.Charts;
using SCOModel.Plotting.SpinCrossover;

namespace SCOModel.Cli.Reporting;

/// <summary>The charts of `sco fit`: the data with the fitted curve per branch, and the residuals.</summary>
internal static class FitCharts
{
    public const string FitBaseName = "fit";
    public const string ResidualsBaseName = "fit_residuals";

    public static IReadOnlyList<(string BaseName, Figure Figure)> Build(FitOutcome fit, string title)
    {
        return [(FitBaseName, DataAndModel(fit, title)), (ResidualsBaseName, Residuals(fit, title))];
    }

    private static Axis ValueAxis(CurveObservable observable) => observable == CurveObservable.ChiT
        ? new Axis("χT", "cm³ K mol⁻¹")
        : new Axis("High-spin fraction n_{HS}");

    private static Figure DataAndModel(FitOutcome fit, string title)
    {
        var plot = new XYPlot(new Axis("Temperature", "K"), ValueAxis(fit.Result.Observable));
        double from = fit.Result.Residuals.Min(r => r.TemperatureK);
        double to = fit.Result.Residuals.Max(r => r.TemperatureK);
        foreach (var branch in fit.Result.Residuals.Select(r => r.Branch).Distinct().Order())
        {
            var data = fit.Result.Residuals.Where(r => r.Branch == branch).ToArray();
            var style = BranchStyles.For(branch);
            plot.Series.Add(new XYSeries($"Data ({BranchStyles.Label(branch).ToLowerInvariant()})",
                data.Select(r => r.TemperatureK).ToArray(), data.Select(r => r.Observed).ToArray())
            {
                Style = style with { Dash = LineDash.None },
            });

            // The model along the branch on a fine grid, in the branch's own direction (a loop follows its spinodals).
            var grid = Enumerable.Range(0, 401).Select(k => from + ((to - from) * k / 400)).ToArray();
            if (branch == Branch.Cooling)
            {
                Array.Reverse(grid);
            }

            plot.Series.Add(new XYSeries($"Fit ({BranchStyles.Label(branch).ToLowerInvariant()})", grid, fit.Result.Curve(grid, branch))
            {
                Style = style with { Marker = MarkerShape.None },
            });
        }

        plot.Annotations.Add(new VerticalMarker(fit.Result.THalf.Value,
            FormattableString.Invariant($"T_{{1/2}} = {fit.Result.THalf.Value:F1} K")));
        return new Figure(plot) { Title = title };
    }

    private static Figure Residuals(FitOutcome fit, string title)
    {
        var plot = new XYPlot(new Axis("Temperature", "K"), new Axis("Observed − fit", fit.Result.Observable == CurveObservable.ChiT ? "cm³ K mol⁻¹" : null));
        foreach (var branch in fit.Result.Residuals.Select(r => r.Branch).Distinct().Order())
        {
            var data = fit.Result.Residuals.Where(r => r.Branch == branch).OrderBy(r => r.TemperatureK).ToArray();
            plot.Series.Add(new XYSeries(BranchStyles.Label(branch), data.Select(r => r.TemperatureK).ToArray(),
                data.Select(r => r.Residual).ToArray())
            {
                Style = BranchStyles.For(branch) with { Dash = LineDash.None },
            });
        }

        return new Figure(plot) { Title = $"{title}: residuals", HeightPx = 360 };
    }
}
