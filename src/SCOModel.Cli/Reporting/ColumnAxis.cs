using SCOModel.Plotting.Charts;

namespace SCOModel.Cli.Reporting;

/// <summary>
/// Axis titles for SCOModel's CSV columns: a known column gets its physical name ("temperature_K" → "Temperature (K)"),
/// any other keeps its name, with a unit read off a trailing _K, _GPa, _s, ... suffix.
/// </summary>
internal static class ColumnAxis
{
    private static readonly Dictionary<string, Axis> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["temperature_K"] = new("Temperature", "K"),
        ["pressure_GPa"] = new("Pressure", "GPa"),
        ["time_s"] = new("Time", "s"),
        ["light"] = new("Light intensity"),
        ["n_hs"] = new("High-spin fraction n_{HS}"),
        ["energy_K"] = new("Energy per site", "K"),
        ["nn_correlation"] = new("Nearest-neighbour correlation ⟨s_{i} s_{j}⟩"),
        ["chiT"] = new("χT", "cm³ K mol⁻¹"),
    };

    private static readonly string[] Units = ["K", "GPa", "kbar", "s", "A3", "kJmol", "JmolK"];

    public static Axis For(string column)
    {
        if (Known.TryGetValue(column, out var axis))
        {
            return axis;
        }

        int cut = column.LastIndexOf('_');
        return cut > 0 && Units.Contains(column[(cut + 1)..])
            ? new Axis(column[..cut].Replace('_', ' '), column[(cut + 1)..])
            : new Axis(column.Replace('_', ' '));
    }

    /// <summary>
    /// The error-bar column of a value column, as SCOModel names them: n_hs → n_hs_stderr, energy_K → energy_stderr_K.
    /// </summary>
    public static IEnumerable<string> ErrorColumnCandidates(string column)
    {
        yield return column + "_stderr";
        int cut = column.LastIndexOf('_');
        if (cut > 0)
        {
            yield return $"{column[..cut]}_stderr{column[cut..]}";
        }
    }
}
