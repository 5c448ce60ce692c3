using System.Globalization;
using System.Text;
using SCOModel.Core.Configuration;

namespace SCOModel.Core.Results;

/// <summary>
/// results.csv: tidy, one row per point in path order (DESIGN.md "Outputs"). Numbers use the invariant culture and
/// the shortest round-trip form; a missing value (no time in a sweep-based protocol, no error bar) is an empty cell.
/// </summary>
public static class ResultsCsv
{
    /// <summary>
    /// The columns, in order. The first eleven are the public contract; later columns are only ever appended.
    /// <c>n_hs_tau_int_sweeps</c> is the integrated autocorrelation time of n_HS in sweeps (empty where there is none).
    /// </summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "branch", "temperature_K", "pressure_GPa", "light", "time_s", "n_hs", "n_hs_stderr",
        "energy_K", "energy_stderr_K", "nn_correlation", "nn_correlation_stderr", "n_hs_tau_int_sweeps",
    ];

    /// <summary>
    /// The CSV text of a run's points. A model's own observables follow the common columns, each as `name` and
    /// `name_stderr`, in the order they first appear.
    /// </summary>
    public static string Format(IEnumerable<PointResult> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var list = points.ToList();
        var extra = list.SelectMany(p => p.Observables.Items.Select(i => i.Name)).Distinct().ToArray();
        var text = new StringBuilder();
        text.AppendJoin(',', Columns);
        foreach (string name in extra)
        {
            text.Append(',').Append(name).Append(',').Append(name).Append("_stderr");
        }

        text.Append('\n');
        foreach (var p in list)
        {
            string[] cells =
            [
                ConfigJson.Name(p.Branch),
                Number(p.Point.TemperatureK),
                Number(p.Point.PressureGPa),
                Number(p.Point.Light),
                p.Point.TimeS is double t ? Number(t) : string.Empty,
                Number(p.NHs.Mean),
                Number(p.NHs.StdErr),
                Number(p.EnergyPerSiteK.Mean),
                Number(p.EnergyPerSiteK.StdErr),
                Number(p.NearestNeighbourCorrelation.Mean),
                Number(p.NearestNeighbourCorrelation.StdErr),
                Number(p.NHsTauIntSweeps),
            ];
            text.AppendJoin(',', cells);
            foreach (string name in extra)
            {
                var value = p.Observables[name];
                text.Append(',').Append(value is { } v ? Number(v.Mean) : string.Empty)
                    .Append(',').Append(value is { } e ? Number(e.StdErr) : string.Empty);
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>A number as results.csv writes it: invariant, round-trip, empty for NaN.</summary>
    public static string Number(double value) =>
        double.IsNaN(value) ? string.Empty : value.ToString("R", CultureInfo.InvariantCulture);
}
