using System.Globalization;
using SCOModel.Core.Configuration;
using SCOModel.Core.Results;
using SCOModel.Mechanics.Strain;
using SCOModel.Plotting.Charts;
using SCOModel.Plotting.Reports;

namespace SCOModel.Cli.Reporting;

/// <summary>
/// report.html of `sco strain`: the principal coefficients with their axes and flags, the charts, the volume fits, how
/// it was computed, and the warnings.
/// </summary>
internal static class StrainReportPage
{
    public static void Write(string directory, string dataFile, PrincipalStrainAnalysis analysis,
        IReadOnlyList<(string BaseName, Figure Figure)> figures)
    {
        var variable = analysis.Variable;
        var report = new HtmlReport($"SCOModel strain: {Path.GetFileName(dataFile)}")
        {
            Subtitle = $"SCOModel {RunManifest.ProgramVersion} · principal axis strain analysis ({variable.Name})",
        };

        report.AddHeading("Principal axes");
        report.AddTable(
            ["Axis", $"{variable.CoefficientSymbol} ({variable.CoefficientUnitPretty})", "Standard error", "Flag", "[uvw]",
                "∠a (°)", "∠b (°)", "∠c (°)", "Turns over range (°)"],
            analysis.Axes.Select(a => (IReadOnlyList<string>)
            [
                $"X{a.Index}",
                Format(a.Coefficient, "G4"),
                Format(a.CoefficientStdErr, "G2"),
                a.IsNegative ? variable.NegativeFlag + (a.IsSignificant ? string.Empty : " (within 2σ of 0)") : string.Empty,
                "[" + string.Join(" ", a.Uvw.Select(u => Format(u, "F4"))) + "]",
                Format(a.AnglesToAxesDeg[0], "F1"),
                Format(a.AnglesToAxesDeg[1], "F1"),
                Format(a.AnglesToAxesDeg[2], "F1"),
                Format(a.RotationDeg, "F1"),
            ]).ToArray(),
            $"{Capitalised(variable.CoefficientName)} along the principal axes, {variable.CoefficientSymbol} = " +
            (variable == StrainVariable.Pressure ? "−dε/dP" : "dε/dT") +
            ", from straight lines through the principal strains; [uvw] in the reference cell, unit length");

        foreach (var (_, figure) in figures.Where(f => f.BaseName == StrainCharts.StrainsBaseName))
        {
            report.AddFigure(figure, "Principal strains relative to the first row (points) and their straight lines (dashed)" +
                (variable == StrainVariable.Pressure ? "; solid: the empirical fits ε = ε₀ + λ(P − P_c)^ν." : "."));
        }

        if (analysis.Axes.Any(a => a.EmpiricalFit is not null))
        {
            AddEmpirical(report, analysis, figures);
        }

        report.AddHeading("Volume");
        var volume = analysis.Volume;
        var rows = new List<KeyValuePair<string, string>>
        {
            KeyValuePair.Create("V of the reference cell", Format(volume.ReferenceVolume, "F3") + " Å³"),
            KeyValuePair.Create(
                variable == StrainVariable.Pressure ? "β_V = −(1/V_ref) dV/dP (straight line)" : "α_V = (1/V_ref) dV/dT (straight line)",
                $"{Format(volume.Coefficient, "G4")} ± {Format(volume.CoefficientStdErr, "G2")} {variable.CoefficientUnitPretty}"),
        };
        foreach (var fit in new[] { volume.SecondOrder, volume.ThirdOrder })
        {
            if (fit is null)
            {
                continue;
            }

            string bPrime = fit.BPrime.IsFixed ? "4 (held)" : $"{Format(fit.BPrime.Value, "G4")} ± {Format(fit.BPrime.StdErr, "G2")}";
            rows.Add(KeyValuePair.Create($"Birch–Murnaghan, order {fit.Order}",
                $"V₀ = {Format(fit.V0.Value, "F2")} ± {Format(fit.V0.StdErr, "G2")} Å³, B₀ = {Format(fit.B0.Value, "G4")} ± " +
                $"{Format(fit.B0.StdErr, "G2")} GPa, B′ = {bPrime}; rms residual {Format(fit.RmsResidualGPa, "G3")} GPa" +
                (fit.Converged ? string.Empty : " (did not converge)")));
        }

        report.AddKeyValueTable(rows, "Volume coefficient and equations of state");
        foreach (var (_, figure) in figures.Where(f => f.BaseName == StrainCharts.VolumeBaseName))
        {
            report.AddFigure(figure);
        }

        foreach (string warning in analysis.Warnings)
        {
            report.AddParagraph($"Warning: {warning}");
        }

        report.AddHeading("Method");
        report.AddParagraph(
            "As PASCal (Cliffe & Goodwin, J. Appl. Cryst. 2012, 45, 1321; Lertkiattrakul, Evans & Cliffe, J. Open Source " +
            "Softw. 2023): each cell is written in a Cartesian frame with z ∥ c and x ∥ a*; the deformation F = M M₀⁻¹ " +
            $"relative to the first row gives the strain ({ConfigJson.Name(analysis.Measure)}: {MeasureFormula(analysis.Measure)}); " +
            "its eigenvalues are the principal strains. The principal axes are the eigenvectors of the slope dε/d" +
            $"{variable.Symbol} over the whole range; each cell's principal strains are matched to them by the largest " +
            "overlap of eigenvectors. The coefficients come from weighted straight lines through the principal strains " +
            "(weights from the table's standard errors when given), with standard errors from the fit's covariance.");
        if (variable == StrainVariable.Pressure)
        {
            report.AddParagraph("The Birch–Murnaghan equations of state are fitted as P(V) with V₀, B₀ (and B′ at third " +
                "order) free, as PASCal does; the second order holds B′ = 4. Each principal strain is also fitted with " +
                "PASCal's empirical ε₀ + λ(P − P_c)^ν (weighted as the straight lines are), whose derivative gives the " +
                "compressibility at each pressure.");
        }

        report.AddKeyValueTable(
        [
            KeyValuePair.Create("Data", Path.GetFileName(dataFile)),
            KeyValuePair.Create("Rows", analysis.Points.Count.ToString(CultureInfo.InvariantCulture)),
            KeyValuePair.Create("Reference (first row)", $"line {analysis.Points[0].Line}, {variable.Symbol} = " +
                $"{Format(analysis.Points[0].Variable, "G6")} {variable.Unit}"),
            KeyValuePair.Create("Weighted", analysis.IsWeighted ? "yes (standard errors in the table)" : "no"),
            KeyValuePair.Create("Tables", "strain.json, principal_strains.csv"),
        ], "Input");
        report.Save(Path.Combine(directory, RunReport.FileName));
    }

    /// <summary>PASCal's empirical fits: the parameters per axis, K at the median pressure, and the K(P) chart.</summary>
    private static void AddEmpirical(HtmlReport report, PrincipalStrainAnalysis analysis,
        IReadOnlyList<(string BaseName, Figure Figure)> figures)
    {
        double median = analysis.MedianVariable;
        report.AddHeading("Empirical fits ε = ε₀ + λ(P − P_c)^ν");
        report.AddTable(
            ["Axis", $"K at {Format(median, "G4")} GPa (TPa⁻¹)", "ε₀", "λ (GPa^−ν)", "P_c (GPa)", "ν", "rms residual"],
            analysis.Axes.Select(a => a.EmpiricalFit is { } fit
                ? (IReadOnlyList<string>)
                [
                    $"X{a.Index}",
                    $"{Format(fit.CompressibilityAt(median), "G4")} ± {Format(fit.CompressibilityStdErrAt(median), "G2")}",
                    WithError(fit.Epsilon0),
                    WithError(fit.Lambda),
                    WithError(fit.CriticalPressure),
                    WithError(fit.Nu),
                    Format(fit.RmsResidual, "G2"),
                ]
                : [$"X{a.Index}", "—", "—", "—", "—", "—", "—"]).ToArray(),
            "As PASCal: the four parameters fitted by least squares with P_c below the lowest pressure; K(P) = " +
            "−dε/dP = −λν(P − P_c)^(ν−1), its standard error from the parameters' covariance; K quoted at the median " +
            "pressure as PASCal quotes it. The straight-line K above is an average over the range.");
        foreach (var (_, figure) in figures.Where(f => f.BaseName == StrainCharts.CompressibilityBaseName))
        {
            report.AddFigure(figure, "K(P) of each axis's empirical fit: the curve, and its value ± one standard error at the " +
                "measured pressures. Close to P_c, K grows without bound and is poorly determined.");
        }
    }

    private static string WithError(FittedValue value) => $"{Format(value.Value, "G4")} ± {Format(value.StdErr, "G2")}";

    private static string MeasureFormula(StrainMeasure measure) => measure switch
    {
        StrainMeasure.Lagrangian => "ε = ½(F + Fᵀ) − I",
        StrainMeasure.Eulerian => "ε = I − ½(F⁻¹ + F⁻ᵀ)",
        StrainMeasure.LagrangianFinite => "E = ½(FᵀF − I)",
        _ => "e = ½(I − F⁻ᵀF⁻¹)",
    };

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string Format(double value, string format) =>
        double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "—";
}
