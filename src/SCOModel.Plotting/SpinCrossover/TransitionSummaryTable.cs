using System.Globalization;
using SCOModel.Core.Results;

namespace SCOModel.Plotting.SpinCrossover;

/// <summary>
/// The rows of the summary table of a report: the derived figures of summary.json with their units, "not crossed"
/// where a branch does not cross (instead of a blank a reader might take for zero).
/// </summary>
public static class TransitionSummaryTable
{
    /// <summary>Name and value rows for <see cref="Reports.HtmlReport.AddKeyValueTable"/>.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Rows(TransitionSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var rows = new List<KeyValuePair<string, string>>
        {
            new("T½↑ (heating, n_HS = ½)", Kelvin(summary.THalfUpK)),
            new("T½↓ (cooling, n_HS = ½)", Kelvin(summary.THalfDownK)),
            new("T½ (mean)", Kelvin(summary.THalfK)),
            new("Hysteresis width ΔT", Kelvin(summary.HysteresisWidthK)),
        };

        // The midpoint crossings matter for incomplete transitions; for complete ones they repeat T½.
        if (summary.TMidUpK is not null || summary.TMidDownK is not null)
        {
            rows.Add(new("T_mid↑ (heating, branch midpoint)", Kelvin(summary.TMidUpK)));
            rows.Add(new("T_mid↓ (cooling, branch midpoint)", Kelvin(summary.TMidDownK)));
        }

        return rows;
    }

    private static string Kelvin(double? value) =>
        value is double v ? v.ToString("F2", CultureInfo.InvariantCulture) + " K" : "not crossed";
}
