using System.Globalization;
using SCOModel.Core.Configuration;
using SCOModel.Core.Protocols;
using SCOModel.Core.Tables;

namespace SCOModel.MeanField.Fitting;

/// <summary>One measured point of a transition curve.</summary>
/// <param name="TemperatureK">Temperature in kelvin.</param>
/// <param name="Value">n_HS, or χT in cm^3 K/mol.</param>
/// <param name="Branch">Heating, cooling, or scan (equilibrium, or no branch given).</param>
/// <param name="StdErr">The point's standard error when the file gives one.</param>
/// <param name="Line">The line of the file it came from (0 for data made in code).</param>
public readonly record struct TransitionDataPoint(double TemperatureK, double Value, Branch Branch = Branch.Scan,
    double? StdErr = null, int Line = 0);

/// <summary>
/// A measured n_HS(T) or χT(T) curve to fit (DESIGN.md, `sco fit`). Read from a table with the columns
/// <c>temperature_K</c> and exactly one of <c>n_hs</c> or <c>chiT</c> (cm^3 K/mol); optional <c>branch</c>
/// (heating, cooling, or scan/empty for equilibrium points) and <c>n_hs_stderr</c> / <c>chiT_stderr</c> (weights,
/// used when every point has a positive one). A results.csv of <c>sco run</c> is such a table.
/// </summary>
/// <param name="Observable">n_HS or χT.</param>
/// <param name="Points">The points, in file order.</param>
/// <param name="Source">The file, for messages.</param>
public sealed record TransitionData(CurveObservable Observable, IReadOnlyList<TransitionDataPoint> Points, string Source)
{
    /// <summary>The column names of the table format.</summary>
    public const string TemperatureColumn = "temperature_K";

    public const string HighSpinFractionColumn = "n_hs";

    public const string ChiTColumn = "chiT";

    public const string BranchColumn = "branch";

    /// <summary>Reads a CSV file (<see cref="CsvTable"/>); every problem is a ConfigException naming line and column.</summary>
    public static TransitionData ReadCsv(string path) => FromTable(CsvTable.ReadFile(path));

    /// <summary>Reads the curve from a table; every problem is a ConfigException naming line and column.</summary>
    public static TransitionData FromTable(CsvTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        bool hasN = table.HasColumn(HighSpinFractionColumn);
        bool hasChi = table.HasColumn(ChiTColumn);
        if (hasN == hasChi)
        {
            throw table.HeaderError(hasN
                ? $"give either '{HighSpinFractionColumn}' or '{ChiTColumn}', not both"
                : $"missing column '{HighSpinFractionColumn}' or '{ChiTColumn}' (cm^3 K/mol); the header has: " +
                  string.Join(", ", table.Columns));
        }

        var observable = hasN ? CurveObservable.HighSpinFraction : CurveObservable.ChiT;
        string valueColumn = hasN ? HighSpinFractionColumn : ChiTColumn;
        double[] temperatures = table.Numbers(TemperatureColumn);
        double[] values = table.Numbers(valueColumn);
        double?[]? errors = table.OptionalNumbers(valueColumn + "_stderr");
        string[]? branches = table.OptionalTexts(BranchColumn);
        if (table.RowCount == 0)
        {
            throw table.HeaderError("no data rows");
        }

        var points = new TransitionDataPoint[table.RowCount];
        for (int row = 0; row < table.RowCount; row++)
        {
            if (!(temperatures[row] > 0))
            {
                throw table.Error(row, TemperatureColumn, string.Create(CultureInfo.InvariantCulture,
                    $"expected a positive temperature in kelvin, got {temperatures[row]}"));
            }

            var branch = branches is null ? Branch.Scan : ParseBranch(branches[row], table, row);
            double? error = errors?[row];
            if (error is double e && !(e >= 0))
            {
                throw table.Error(row, valueColumn + "_stderr", string.Create(CultureInfo.InvariantCulture,
                    $"expected a non-negative standard error, got {e}"));
            }

            points[row] = new TransitionDataPoint(temperatures[row], values[row], branch, error, table.LineOf(row));
        }

        return new TransitionData(observable, points, table.Source);
    }

    /// <summary>True when every point has a positive standard error (then the fit weights by 1/σ²).</summary>
    public bool IsWeighted => Points.Count > 0 && Points.All(p => p.StdErr is > 0);

    /// <summary>Which branches the data have.</summary>
    public IReadOnlyList<Branch> Branches => Points.Select(p => p.Branch).Distinct().Order().ToArray();

    private static Branch ParseBranch(string text, CsvTable table, int row)
    {
        string value = text.Trim().ToLowerInvariant();
        return value switch
        {
            "heating" => Branch.Heating,
            "cooling" => Branch.Cooling,
            "scan" or "" => Branch.Scan,
            _ => throw table.Error(row, BranchColumn, $"expected heating, cooling or scan (or empty), got '{text}'"),
        };
    }
}
