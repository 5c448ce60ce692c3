using System.Globalization;
using SCOModel.Core.PhaseDiagrams;

namespace SCOModel.Cli.Reporting;

/// <summary>The phase-diagram figures in words, for the terminal and the report.</summary>
internal static class PhaseDiagramText
{
    /// <summary>Key–value rows: slope, Clausius–Clapeyron, critical point, bistable lines, notes.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Rows(PhaseDiagramAnalysis analysis)
    {
        var rows = new List<KeyValuePair<string, string>>
        {
            new("dT1/2/dP", analysis.SlopeKPerGPa is double s
                ? Invariant($"{s:0.##} ± {analysis.SlopeStdErrKPerGPa ?? 0:0.##} K/GPa ({s / 10:0.###} K/kbar)")
                : "—"),
            new("Clausius–Clapeyron ΔV/ΔS (model)", analysis.ClausiusClapeyronKPerGPa is double c
                ? Invariant($"{c:0.##} K/GPa")
                : "—"),
            new("Critical point (loop closes)", analysis.CriticalPoint is { } p
                ? Invariant($"P = {p.PressureGPa:0.####} ± {p.PressureStdErr:0.####} GPa, T = {p.TemperatureK:0.##} ± {p.TemperatureStdErr:0.##} K ({p.Method})")
                : "not located"),
            new("Bistable lines", Invariant($"{analysis.Lines.Count(l => l.IsBistable == true)} of {analysis.Lines.Count}")),
        };
        rows.AddRange(analysis.Notes.Select(n => KeyValuePair.Create("Note", n)));
        return rows;
    }

    /// <summary>The rows as aligned terminal lines.</summary>
    public static IEnumerable<string> Lines(PhaseDiagramAnalysis analysis)
    {
        var rows = Rows(analysis);
        int width = rows.Max(r => r.Key.Length);
        return rows.Select(r => $"{r.Key.PadRight(width)}  {r.Value}");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
