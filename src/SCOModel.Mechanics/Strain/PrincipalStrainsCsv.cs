using System.Globalization;
using System.Text;
using SCOModel.Core.Results;

namespace SCOModel.Mechanics.Strain;

/// <summary>
/// principal_strains.csv of `sco strain`: one row per measured cell with its principal strains ε₁, ε₂, ε₃ (and their
/// propagated errors, empty when the table gave none), the straight lines' values there, the volume and, for pressure,
/// the pressure of the fitted Birch–Murnaghan equations at that volume (empty without a fit), and PASCal's empirical
/// fit of each principal strain there with the compressibility K(P) = −dε/dP it gives and its standard error (empty
/// where that fit could not be made).
/// </summary>
public static class PrincipalStrainsCsv
{
    /// <summary>The CSV text.</summary>
    public static string Format(PrincipalStrainAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var variable = analysis.Variable;
        bool pressure = variable == StrainVariable.Pressure;
        var header = new List<string> { variable.Column, variable.Column + "_stderr", "line" };
        for (int k = 1; k <= 3; k++)
        {
            header.AddRange([$"epsilon_{k}", $"epsilon_{k}_stderr", $"epsilon_{k}_fit"]);
        }

        header.AddRange(["volume_A3", "volume_A3_stderr", "volume_fit_A3"]);
        if (pressure)
        {
            header.AddRange(["pressure_bm2_GPa", "pressure_bm3_GPa"]);
            for (int k = 1; k <= 3; k++)
            {
                header.AddRange([$"epsilon_{k}_empirical", $"compressibility_{k}_empirical_per_TPa",
                    $"compressibility_{k}_empirical_per_TPa_stderr"]);
            }
        }

        var text = new StringBuilder().AppendJoin(',', header).Append('\n');
        bool weighted = analysis.Data.HasUncertainties;
        string Error(double value) => weighted ? ResultsCsv.Number(value) : string.Empty;
        foreach (var p in analysis.Points)
        {
            var cells = new List<string>
            {
                ResultsCsv.Number(p.Variable), Error(p.VariableStdErr), p.Line.ToString(CultureInfo.InvariantCulture),
            };
            for (int k = 0; k < 3; k++)
            {
                cells.AddRange([ResultsCsv.Number(p.Strains[k]), Error(p.StrainStdErrs[k]),
                    ResultsCsv.Number(analysis.Axes[k].Line.At(p.Variable))]);
            }

            cells.AddRange([ResultsCsv.Number(p.Volume), Error(p.VolumeStdErr), ResultsCsv.Number(analysis.Volume.Line.At(p.Variable))]);
            if (pressure)
            {
                cells.Add(ResultsCsv.Number(analysis.Volume.SecondOrder?.PressureAt(p.Volume) ?? double.NaN));
                cells.Add(ResultsCsv.Number(analysis.Volume.ThirdOrder?.PressureAt(p.Volume) ?? double.NaN));
                foreach (var fit in analysis.Axes.Select(a => a.EmpiricalFit))
                {
                    cells.AddRange([ResultsCsv.Number(fit?.StrainAt(p.Variable) ?? double.NaN),
                        ResultsCsv.Number(fit?.CompressibilityAt(p.Variable) ?? double.NaN),
                        ResultsCsv.Number(fit?.CompressibilityStdErrAt(p.Variable) ?? double.NaN)]);
                }
            }

            text.AppendJoin(',', cells).Append('\n');
        }

        return text.ToString();
    }
}
