using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using SCOModel.Core.Configuration;
using SCOModel.Core.Protocols;
using SCOModel.Core.Results;

namespace SCOModel.Core.PhaseDiagrams;

/// <summary>
/// The files a phase-diagram run adds to results.csv and run.json: phase_diagram.csv (one row per grid line: the
/// transition points, the model's equilibrium value and the loop width, with errors), phase_map.csv (n_HS on the P–T
/// grid, both branches) and the phase-diagram figures of summary.json.
/// </summary>
public static class PhaseDiagramFiles
{
    public const string TableFile = "phase_diagram.csv";
    public const string MapFile = "phase_map.csv";

    /// <summary>
    /// phase_diagram.csv. Temperature loops: pressure_GPa,t_up_K,t_down_K,t_eq_K,width_K then the standard errors;
    /// pressure loops: temperature_K,p_up_GPa,p_down_GPa,p_eq_GPa,width_GPa then theirs. Empty cells where a branch
    /// does not cross.
    /// </summary>
    public static string FormatTable(PhaseDiagramAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        string[] header = analysis.Loop == PhaseDiagramLoop.Temperature
            ? ["pressure_GPa", "t_up_K", "t_down_K", "t_eq_K", "width_K", "t_up_stderr_K", "t_down_stderr_K", "width_stderr_K"]
            : ["temperature_K", "p_up_GPa", "p_down_GPa", "p_eq_GPa", "width_GPa", "p_up_stderr_GPa", "p_down_stderr_GPa", "width_stderr_GPa"];
        var text = new StringBuilder().AppendJoin(',', header).Append('\n');
        foreach (var line in analysis.Lines)
        {
            text.AppendJoin(',',
                Cell(line.FixedValue),
                Cell(line.Up?.Value),
                Cell(line.Down?.Value),
                Cell(line.Equilibrium),
                Cell(line.Width),
                Cell(line.Up?.StdErr),
                Cell(line.Down?.StdErr),
                Cell(line.WidthStdErr)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>phase_map.csv: branch,pressure_GPa,temperature_K,n_hs,n_hs_stderr, one row per point in run order.</summary>
    public static string FormatMap(IEnumerable<PointResult> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var text = new StringBuilder("branch,pressure_GPa,temperature_K,n_hs,n_hs_stderr\n");
        foreach (var p in points)
        {
            text.AppendJoin(',', ConfigJson.Name(p.Branch), Cell(p.Point.PressureGPa), Cell(p.Point.TemperatureK),
                Cell(p.NHs.Mean), Cell(p.NHs.StdErr)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The phase-diagram figures of summary.json (null where not determined).</summary>
    public static JsonObject Summary(PhaseDiagramAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var critical = analysis.CriticalPoint;
        return new JsonObject
        {
            ["loop"] = ConfigJson.Name(analysis.Loop),
            ["lines"] = analysis.Lines.Count,
            ["bistable_lines"] = analysis.Lines.Count(l => l.IsBistable == true),
            ["dt_half_dp_K_per_GPa"] = analysis.SlopeKPerGPa,
            ["dt_half_dp_stderr_K_per_GPa"] = analysis.SlopeStdErrKPerGPa,
            ["dt_half_dp_K_per_kbar"] = PerKbar(analysis.SlopeKPerGPa),
            ["dt_half_dp_stderr_K_per_kbar"] = PerKbar(analysis.SlopeStdErrKPerGPa),
            ["clausius_clapeyron_K_per_GPa"] = analysis.ClausiusClapeyronKPerGPa,
            ["critical_point"] = critical is null ? null : new JsonObject
            {
                ["pressure_GPa"] = critical.PressureGPa,
                ["pressure_stderr_GPa"] = critical.PressureStdErr,
                ["temperature_K"] = critical.TemperatureK,
                ["temperature_stderr_K"] = critical.TemperatureStdErr,
                ["bracket"] = new JsonArray(critical.BracketLower, critical.BracketUpper),
                ["method"] = critical.Method,
            },
            ["notes"] = new JsonArray(analysis.Notes.Select(n => (JsonNode?)JsonValue.Create(n)).ToArray()),
        };
    }

    // 1 kbar = 0.1 GPa, so a slope per kbar is a tenth of the slope per GPa.
    private static double? PerKbar(double? perGPa) => perGPa * Units.PhysicalUnits.GPaPerKbar;

    private static string Cell(double? value) => value is double v ? ResultsCsv.Number(v) : string.Empty;
}
