using System.Globalization;
using SCOModel.Mechanics.Strain;
using SCOModel.Plotting.Charts;

namespace SCOModel.Cli.Reporting;

/// <summary>
/// The charts of `sco strain`: the principal strains against pressure or temperature with their straight lines, and
/// the volume with its Birch–Murnaghan curves (pressure) or its straight line (temperature).
/// </summary>
internal static class StrainCharts
{
    public const string StrainsBaseName = "principal_strains";
    public const string VolumeBaseName = "volume";

    /// <summary>Points along each drawn equation of state.</summary>
    private const int CurvePoints = 201;

    public static IReadOnlyList<(string BaseName, Figure Figure)> Build(PrincipalStrainAnalysis analysis, string title) =>
        [(StrainsBaseName, Strains(analysis, title)), (VolumeBaseName, Volume(analysis, title))];

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
