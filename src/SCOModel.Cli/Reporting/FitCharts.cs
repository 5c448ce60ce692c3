using SCOModel.Core.Protocols;
using SCOModel.MeanField.Fitting;
using SCOModel.Plotting.Charts;
using SCOModel.Plotting.SpinCrossover;

namespace SCOModel.Cli.Reporting;

/// <summary>
/// The charts of `sco fit`: the data with the fitted curve per branch, the residuals, and, given ΔV, the fitted model's
/// T1/2, T↑ and T↓ against pressure.
/// </summary>
internal static class FitCharts
{
    public const string FitBaseName = "fit";
    public const string ResidualsBaseName = "fit_residuals";
    public const string PressureBaseName = "pressure_prediction";

    public static IReadOnlyList<(string BaseName, Figure Figure)> Build(FitOutcome fit, string title)
    {
        var figures = new List<(string, Figure)> { (FitBaseName, DataAndModel(fit, title)), (ResidualsBaseName, Residuals(fit, title)) };
        if (fit.Prediction is { } prediction)
        {
            figures.Add((PressureBaseName, PressurePrediction(fit.Result, prediction, title)));
        }

        return figures;
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

    /// <summary>
    /// T1/2(P) (Maxwell), T↑(P) and T↓(P) of the fitted mean field (PHYSICS.md §2), the loop between them shaded, the
    /// lines joined at the critical point where the loop closes, and the fit's own T1/2 at the data's pressure.
    /// </summary>
    private static Figure PressurePrediction(TransitionFitResult result, PressureShiftPrediction prediction, string title)
    {
        var points = prediction.Points.OrderBy(p => p.PressureGPa).ToList();
        double from = points.Count > 0 ? points[0].PressureGPa : 0;
        double to = points.Count > 0 ? points[^1].PressureGPa : 0;
        var pressures = points.Select(p => p.PressureGPa).ToList();
        var tHalf = points.Select(p => p.THalfK ?? double.NaN).ToList();
        var up = points.Select(p => p.TUpK ?? double.NaN).ToList();
        var down = points.Select(p => p.TDownK ?? double.NaN).ToList();

        // At P_c the spinodals meet T1/2 (T↑ = T↓ = T_c): adding that point closes the loop on the chart.
        double? critical = prediction.CriticalPressureGPa is double pc && pc > from && pc < to ? pc : null;
        if (critical is double p0 && prediction.CriticalTemperatureK is double tc)
        {
            int at = pressures.FindIndex(p => p > p0);
            pressures.Insert(at, p0);
            tHalf.Insert(at, tc);
            up.Insert(at, tc);
            down.Insert(at, tc);
        }

        var plot = new XYPlot(new Axis("Pressure", "GPa"), new Axis("Temperature", "K"));
        var outline = pressures.Select((p, k) => (p, up[k])).Where(v => double.IsFinite(v.Item2))
            .Concat(pressures.Select((p, k) => (p, down[k])).Where(v => double.IsFinite(v.Item2)).Reverse())
            .ToArray();
        if (outline.Length >= 3)
        {
            plot.Annotations.Add(new ShadedRegion(outline, "Hysteresis (mean field)"));
        }

        plot.Series.Add(new XYSeries("T_{1/2} = (ΔH + PΔV)/ΔS", pressures, tHalf)
        {
            Style = SeriesStyle.Line with { Colour = BranchStyles.ColourOf(Branch.Scan) },
        });
        plot.Series.Add(new XYSeries("T↑ (heating spinodal)", pressures, up)
        {
            Style = BranchStyles.For(Branch.Heating) with { Marker = MarkerShape.None },
        });
        plot.Series.Add(new XYSeries("T↓ (cooling spinodal)", pressures, down)
        {
            Style = BranchStyles.For(Branch.Cooling) with { Marker = MarkerShape.None },
        });
        plot.Series.Add(new XYSeries(FormattableString.Invariant($"Fitted T_{{1/2}} at {result.PressureGPa:G3} GPa"),
            [result.PressureGPa], [result.THalf.Value], [double.IsFinite(result.THalf.StdErr) ? result.THalf.StdErr : double.NaN])
        {
            Style = SeriesStyle.Scatter with { Colour = Palette.Black },
        });
        if (critical is double marker)
        {
            plot.Annotations.Add(new VerticalMarker(marker, FormattableString.Invariant($"P_{{c}} = {marker:F2} GPa")));
        }

        return new Figure(plot)
        {
            Title = FormattableString.Invariant(
                $"{title}: under pressure, ΔV = {prediction.Volume.PerMoleculeA3:G4} Å³, dT_{{1/2}}/dP = {prediction.SlopeKPerGPa:F0} K/GPa"),
        };
    }
}
