using System.Globalization;
using SCOModel.Mechanics.Strain;
using SCOModel.Plotting.Charts;

namespace SCOModel.Cli.Reporting;

/// <summary>
/// The charts of `sco strain`: the principal strains against pressure or temperature with their straight lines (and,
/// for pressure, PASCal's empirical fits), the volume with its Birch–Murnaghan curves (pressure) or its straight line
/// (temperature), and for pressure the compressibility K(P) of each axis's empirical fit.
/// </summary>
internal static class StrainCharts
{
    public const string StrainsBaseName = "principal_strains";
    public const string VolumeBaseName = "volume";
    public const string CompressibilityBaseName = "compressibility";

    /// <summary>Points along each drawn equation of state.</summary>
    private const int CurvePoints = 201;

    public static IReadOnlyList<(string BaseName, Figure Figure)> Build(PrincipalStrainAnalysis analysis, string title)
    {
        var figures = new List<(string, Figure)> { (StrainsBaseName, Strains(analysis, title)), (VolumeBaseName, Volume(analysis, title)) };
        if (HasCompressibility(analysis))
        {
            figures.Add((CompressibilityBaseName, Compressibility(analysis, title)));
        }

        return figures;
    }

    /// <summary>True when some axis has an empirical fit with a finite K at some pressure: the compressibility chart is drawn.</summary>
    public static bool HasCompressibility(PrincipalStrainAnalysis analysis) =>
        analysis.Axes.Any(a => a.EmpiricalFit is { } fit && analysis.Points.Any(p => double.IsFinite(fit.CompressibilityAt(p.Variable))));

    /// <summary>"ν = 0.33, P_c = 0.082 GPa", the legend of an empirical fit.</summary>
    private static string Empirical(EmpiricalStrainFit fit) => string.Create(CultureInfo.InvariantCulture,
        $"ν = {fit.Nu.Value:G3}, P_{{c}} = {fit.CriticalPressure.Value:G3} GPa");

    /// <summary>
    /// K(P) = −dε/dP of each axis's empirical fit: the curve between the lowest and highest pressures and its values at
    /// the measured pressures with their standard errors. The vertical range follows the points whose error is smaller
    /// than their value, so that the nearly divergent K close to P_c does not flatten the rest.
    /// </summary>
    private static Figure Compressibility(PrincipalStrainAnalysis analysis, string title)
    {
        var pressures = analysis.Points.Select(p => p.Variable).ToArray();
        double from = pressures.Min(), to = pressures.Max();
        var grid = Enumerable.Range(0, CurvePoints).Select(i => from + ((to - from) * i / (CurvePoints - 1))).ToArray();
        var markers = new[] { MarkerShape.Circle, MarkerShape.Square, MarkerShape.Diamond };
        var shown = new List<double>();
        var series = new List<XYSeries>();
        foreach (var axis in analysis.Axes.Where(a => a.EmpiricalFit is not null))
        {
            var fit = axis.EmpiricalFit!;
            int k = axis.Index - 1;
            var colour = Palette.ForSeries(k);
            double[] values = pressures.Select(fit.CompressibilityAt).ToArray();
            double[] errors = pressures.Select(fit.CompressibilityStdErrAt).ToArray();
            series.Add(new XYSeries($"K_{{{axis.Index}}}: {Empirical(fit)}", pressures, values, errors)
            {
                Style = SeriesStyle.Scatter with { Colour = colour, Marker = markers[k] },
            });
            series.Add(new XYSeries($"K_{{{axis.Index}}} curve", grid, grid.Select(fit.CompressibilityAt).ToArray())
            {
                Style = SeriesStyle.Line with { Colour = colour },
                ShowInLegend = false,
            });
            for (int i = 0; i < values.Length; i++)
            {
                if (double.IsFinite(values[i]) && errors[i] < Math.Abs(values[i]))
                {
                    shown.AddRange([values[i] - errors[i], values[i] + errors[i]]);
                }
            }
        }

        // Fixed limits only when the well-determined points span a range; otherwise the axis follows the data.
        shown.Add(0);
        double lo = shown.Min(), hi = shown.Max(), pad = 0.05 * (hi - lo);
        var yAxis = new Axis("Linear compressibility K", analysis.Variable.CoefficientUnitPretty);
        var plot = new XYPlot(VariableAxis(analysis.Variable), hi > lo ? yAxis with { Min = lo - pad, Max = hi + pad } : yAxis);
        foreach (var s in series)
        {
            plot.Series.Add(s);
        }

        return new Figure(plot) { Title = $"{title}: compressibility K(P) of the empirical fits" };
    }

    /// <summary>Axis label of the variable: "Pressure (GPa)" or "Temperature (K)".</summary>
    private static Axis VariableAxis(StrainVariable variable) =>
        new(variable == StrainVariable.Pressure ? "Pressure" : "Temperature", variable.Unit);

    /// <summary>"K_{1} = −5.1 ± 0.2 TPa⁻¹ (NLC)", the legend of an axis.</summary>
    public static string Coefficient(PrincipalAxis axis, StrainVariable variable)
    {
        string flag = axis.IsNegative ? $" ({variable.NegativeFlag})" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture,
            $"{variable.CoefficientSymbol}_{{{axis.Index}}} = {axis.Coefficient:G4} ± {axis.CoefficientStdErr:G2} {variable.CoefficientUnitPretty}{flag}");
    }

    private static Figure Strains(PrincipalStrainAnalysis analysis, string title)
    {
        var variable = analysis.Variable;
        var plot = new XYPlot(VariableAxis(variable), new Axis("Principal strain", "%"));
        double[] x = analysis.Points.Select(p => p.Variable).ToArray();
        double[]? xError = analysis.Points.Any(p => p.VariableStdErr > 0) ? analysis.Points.Select(p => p.VariableStdErr).ToArray() : null;
        double from = x.Min(), to = x.Max();
        var markers = new[] { MarkerShape.Circle, MarkerShape.Square, MarkerShape.Diamond };
        foreach (var axis in analysis.Axes)
        {
            int k = axis.Index - 1;
            var colour = Palette.ForSeries(k);
            double[]? yError = analysis.Data.HasUncertainties
                ? analysis.Points.Select(p => 100 * p.StrainStdErrs[k]).ToArray()
                : null;
            plot.Series.Add(new XYSeries($"ε_{{{axis.Index}}}: {Coefficient(axis, variable)}", x,
                analysis.Points.Select(p => 100 * p.Strains[k]).ToArray(), yError)
            {
                Style = SeriesStyle.Scatter with { Colour = colour, Marker = markers[k] },
                XError = xError,
            });
            plot.Series.Add(new XYSeries($"fit {k + 1}", [from, to], [100 * axis.Line.At(from), 100 * axis.Line.At(to)])
            {
                Style = SeriesStyle.Line with { Colour = colour, Dash = LineDash.Dashed },
                ShowInLegend = false,
            });
            if (axis.EmpiricalFit is { } fit)
            {
                var grid = Enumerable.Range(0, CurvePoints).Select(i => from + ((to - from) * i / (CurvePoints - 1))).ToArray();
                plot.Series.Add(new XYSeries($"ε_{{{axis.Index}}} empirical: {Empirical(fit)}", grid,
                    grid.Select(p => 100 * fit.StrainAt(p)).ToArray())
                {
                    Style = SeriesStyle.Line with { Colour = colour },
                });
            }
        }

        return new Figure(plot) { Title = $"{title}: principal strains ({ConfigName(analysis.Measure)})" };
    }

    private static Figure Volume(PrincipalStrainAnalysis analysis, string title)
    {
        var variable = analysis.Variable;
        var volume = analysis.Volume;
        var plot = new XYPlot(VariableAxis(variable), new Axis("Cell volume", "Å³"));
        double[] x = analysis.Points.Select(p => p.Variable).ToArray();
        plot.Series.Add(new XYSeries("Data", x, analysis.Points.Select(p => p.Volume).ToArray(),
            analysis.Data.HasUncertainties ? analysis.Points.Select(p => p.VolumeStdErr).ToArray() : null)
        {
            Style = SeriesStyle.Scatter with { Colour = Palette.Black },
            XError = analysis.Points.Any(p => p.VariableStdErr > 0) ? analysis.Points.Select(p => p.VariableStdErr).ToArray() : null,
        });

        double from = x.Min(), to = x.Max();
        if (variable == StrainVariable.Pressure && (volume.SecondOrder is not null || volume.ThirdOrder is not null))
        {
            // From zero pressure, where V₀ is, when the data start above it.
            from = Math.Min(from, 0);
            var grid = Enumerable.Range(0, CurvePoints).Select(i => from + ((to - from) * i / (CurvePoints - 1))).ToArray();
            foreach (var (fit, colour, dash) in new[]
            {
                (volume.SecondOrder, Palette.Blue, LineDash.Dashed),
                (volume.ThirdOrder, Palette.Vermillion, LineDash.Solid),
            })
            {
                if (fit is null)
                {
                    continue;
                }

                string b = fit.Order == 3
                    ? string.Create(CultureInfo.InvariantCulture, $", B′ = {fit.BPrime.Value:G3}")
                    : string.Empty;
                plot.Series.Add(new XYSeries(
                    string.Create(CultureInfo.InvariantCulture,
                        $"BM{fit.Order}: V_{{0}} = {fit.V0.Value:F1} Å³, B_{{0}} = {fit.B0.Value:G3} GPa{b}"),
                    grid, grid.Select(fit.VolumeAt).ToArray())
                {
                    Style = SeriesStyle.Line with { Colour = colour, Dash = dash },
                });
            }
        }
        else
        {
            plot.Series.Add(new XYSeries(
                string.Create(CultureInfo.InvariantCulture,
                    $"Straight line: {(variable == StrainVariable.Pressure ? "β" : "α")}_{{V}} = {volume.Coefficient:G4} ± {volume.CoefficientStdErr:G2} {variable.CoefficientUnitPretty}"),
                [from, to], [volume.Line.At(from), volume.Line.At(to)])
            {
                Style = SeriesStyle.Line with { Colour = Palette.Blue, Dash = LineDash.Dashed },
            });
        }

        return new Figure(plot) { Title = $"{title}: cell volume" };
    }

    private static string ConfigName(StrainMeasure measure) => SCOModel.Core.Configuration.ConfigJson.Name(measure);
}
