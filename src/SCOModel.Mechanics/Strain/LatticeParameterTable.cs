using SCOModel.Core.Configuration;
using SCOModel.Core.Tables;
using SCOModel.Core.Units;

namespace SCOModel.Mechanics.Strain;

/// <summary>
/// Lattice parameters measured against pressure or temperature, read from CSV: one column <c>pressure_GPa</c>,
/// <c>pressure_kbar</c> (converted to GPa) or <c>temperature_K</c>; the columns <c>a_A, b_A, c_A, alpha_deg, beta_deg,
/// gamma_deg</c>; optional <c>&lt;column&gt;_stderr</c> columns with standard errors. Other columns are ignored. The first
/// row is the reference cell of the strains. Every problem is a <see cref="ConfigException"/> naming the file, the line
/// and the column.
/// </summary>
public sealed class LatticeParameterTable
{
    /// <summary>The fewest rows a fit of strain against the variable accepts.</summary>
    public const int MinimumRows = 3;

    /// <summary>The cell columns in the order a, b, c, α, β, γ.</summary>
    public static IReadOnlyList<string> CellColumns { get; } = ["a_A", "b_A", "c_A", "alpha_deg", "beta_deg", "gamma_deg"];

    private const string PressureKbarColumn = "pressure_kbar";
    private const string StdErrSuffix = "_stderr";

    private LatticeParameterTable(string source, StrainVariable variable, IReadOnlyList<LatticeMeasurement> rows)
    {
        Source = source;
        Variable = variable;
        Rows = rows;
    }

    /// <summary>The file the table came from, as messages name it.</summary>
    public string Source { get; }

    /// <summary>Pressure or temperature.</summary>
    public StrainVariable Variable { get; }

    /// <summary>The rows in file order; the first is the reference.</summary>
    public IReadOnlyList<LatticeMeasurement> Rows { get; }

    /// <summary>True when some row gives an uncertainty (the fits are then weighted).</summary>
    public bool HasUncertainties => Rows.Any(r => r.HasUncertainty);

    /// <summary>Reads a CSV file.</summary>
    public static LatticeParameterTable ReadFile(string path) => From(CsvTable.ReadFile(path));

    /// <summary>Parses CSV text; <paramref name="source"/> names it in messages.</summary>
    public static LatticeParameterTable Parse(string text, string source) => From(CsvTable.Parse(text, source));

    /// <summary>Reads the table's columns.</summary>
    public static LatticeParameterTable From(CsvTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var (variable, column, scale) = VariableColumn(table);
        var missing = CellColumns.Where(c => !table.HasColumn(c)).ToArray();
        if (missing.Length > 0)
        {
            throw table.HeaderError($"missing column{(missing.Length > 1 ? "s" : string.Empty)} {string.Join(", ", missing)}; " +
                $"expected {Expected}; the header has: {string.Join(", ", table.Columns)}");
        }

        if (table.RowCount < MinimumRows)
        {
            throw table.HeaderError($"expected at least {MinimumRows} rows of lattice parameters (a fit of strain against " +
                $"{variable.Name}), got {table.RowCount}");
        }

        double[] x = table.Numbers(column);
        double[] xErr = StdErrs(table, column);
        var cells = CellColumns.Select(table.Numbers).ToArray();
        var cellErr = CellColumns.Select(c => StdErrs(table, c)).ToArray();
        var rows = new LatticeMeasurement[table.RowCount];
        for (int r = 0; r < rows.Length; r++)
        {
            if (variable == StrainVariable.Temperature && x[r] < 0)
            {
                throw table.Error(r, column, $"expected an absolute temperature (≥ 0 K), got {x[r]}");
            }

            double a = cells[0][r], b = cells[1][r], c = cells[2][r];
            double alpha = cells[3][r], beta = cells[4][r], gamma = cells[5][r];
            for (int p = 0; p < 3; p++)
            {
                if (!(cells[p][r] > 0))
                {
                    throw table.Error(r, CellColumns[p], $"expected a positive length in Å, got {cells[p][r]}");
                }
            }

            if (UnitCell.Problem(a, b, c, alpha, beta, gamma) is string problem)
            {
                throw table.Error(r, "alpha_deg, beta_deg, gamma_deg", problem);
            }

            rows[r] = new LatticeMeasurement(table.LineOf(r), x[r] * scale, xErr[r] * scale,
                new UnitCell(a, b, c, alpha, beta, gamma), cellErr.Select(e => e[r]).ToArray());
        }

        if (x.Distinct().Count() < 2)
        {
            throw table.HeaderError($"expected at least two different values of {column}; every row has {x[0]}");
        }

        return new LatticeParameterTable(table.Source, variable, rows);
    }

    private static string Expected =>
        "one of pressure_GPa, pressure_kbar or temperature_K, then a_A, b_A, c_A (Å) and alpha_deg, beta_deg, gamma_deg " +
        "(degrees), optionally <column>_stderr";

    /// <summary>The one column of the variable, its kind and the factor to the internal unit (kbar → GPa).</summary>
    private static (StrainVariable Variable, string Column, double Scale) VariableColumn(CsvTable table)
    {
        var found = new[]
        {
            (StrainVariable.Pressure, StrainVariable.Pressure.Column, 1.0),
            (StrainVariable.Pressure, PressureKbarColumn, PhysicalUnits.GPaFromKbar(1)),
            (StrainVariable.Temperature, StrainVariable.Temperature.Column, 1.0),
        }.Where(v => table.HasColumn(v.Item2)).ToArray();
        return found.Length switch
        {
            1 => found[0],
            0 => throw table.HeaderError($"missing the pressure or temperature column; expected {Expected}; the header has: " +
                string.Join(", ", table.Columns)),
            _ => throw table.HeaderError("expected exactly one of pressure_GPa, pressure_kbar or temperature_K, got " +
                string.Join(" and ", found.Select(f => f.Item2))),
        };
    }

    /// <summary>The standard errors of a column: 0 where the column or the cell is empty; negative ones are refused.</summary>
    private static double[] StdErrs(CsvTable table, string column)
    {
        string name = column + StdErrSuffix;
        var values = table.OptionalNumbers(name);
        var errors = new double[table.RowCount];
        for (int r = 0; r < errors.Length; r++)
        {
            double? value = values?[r];
            if (value < 0)
            {
                throw table.Error(r, name, $"expected a standard error ≥ 0, got {value}");
            }

            errors[r] = value ?? 0;
        }

        return errors;
    }
}
