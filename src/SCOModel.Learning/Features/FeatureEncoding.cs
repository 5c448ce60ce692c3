using System.Globalization;
using SCOModel.Learning.Data;

namespace SCOModel.Learning.Features;

/// <summary>
/// The featurisation of a learning table into a numeric design matrix: standardised numbers with mean imputation and
/// missing indicators, one-hot categories. It is fitted on training rows only (in cross-validation, on each training
/// fold), so that nothing about held-out rows leaks into their own encoding.
/// </summary>
public sealed class FeatureEncoding
{
    public FeatureEncoding(IReadOnlyList<EncodedColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Columns = columns;
        InputNames = columns.SelectMany(c => c.InputNames).ToArray();
    }

    public IReadOnlyList<EncodedColumn> Columns { get; }

    /// <summary>The names of the model inputs, in design-matrix order.</summary>
    public IReadOnlyList<string> InputNames { get; }

    public int Width => InputNames.Count;

    /// <summary>Fits the encoding of every column of <paramref name="table"/> on the given rows.</summary>
    public static FeatureEncoding Fit(LearningTable table, IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);
        return new FeatureEncoding(table.Columns.Select(c => FitColumn(c, rows)).ToArray());
    }

    private static EncodedColumn FitColumn(DataColumn column, IReadOnlyList<int> rows)
    {
        if (column.Kind == FeatureKind.Categorical)
        {
            var levels = rows.Select(column.Level).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            return new EncodedColumn(column.Name, FeatureKind.Categorical, 0, 1, false, levels);
        }

        var present = rows.Where(r => !column.IsMissing(r)).Select(column.Number).ToArray();
        double mean = present.Length == 0 ? 0 : present.Average();
        double variance = present.Length < 2 ? 0 : present.Sum(v => (v - mean) * (v - mean)) / (present.Length - 1);
        double scale = variance > 1e-24 * Math.Max(1, mean * mean) ? Math.Sqrt(variance) : 1;
        return new EncodedColumn(column.Name, FeatureKind.Numeric, mean, scale, present.Length < rows.Count, []);
    }

    /// <summary>
    /// The design matrix of the given rows (all rows when null). A table lacking a column is a programming error here:
    /// readers check the columns first. Unseen levels are reported once per column and level in
    /// <paramref name="warnings"/>.
    /// </summary>
    public double[][] Transform(LearningTable table, IReadOnlyList<int>? rows = null, ICollection<string>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        rows ??= Enumerable.Range(0, table.RowCount).ToArray();
        var x = new double[rows.Count][];
        for (int i = 0; i < rows.Count; i++)
        {
            x[i] = new double[Width];
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        int offset = 0;
        foreach (var encoded in Columns)
        {
            var column = table.Column(encoded.Name)
                ?? throw new ArgumentException($"the table has no column '{encoded.Name}'", nameof(table));
            for (int i = 0; i < rows.Count; i++)
            {
                int row = rows[i];
                if (encoded.Kind == FeatureKind.Numeric)
                {
                    if (column.Kind != FeatureKind.Numeric)
                    {
                        throw new ArgumentException($"column '{encoded.Name}' is not numeric", nameof(table));
                    }

                    bool missing = column.IsMissing(row);
                    x[i][offset] = missing ? 0 : (column.Number(row) - encoded.Mean) / encoded.Scale;
                    if (encoded.MissingIndicator)
                    {
                        x[i][offset + 1] = missing ? 1 : 0;
                    }
                    else if (missing && warnings is not null && reported.Add(encoded.Name + "\u0001missing"))
                    {
                        warnings.Add(string.Create(CultureInfo.InvariantCulture,
                            $"{table.Source}: line {table.Lines[row]}, column {encoded.Name}: missing, but the training data had no missing values here; imputed with the training mean {encoded.Mean:G6}"));
                    }

                    continue;
                }

                string? level = column.Kind == FeatureKind.Categorical
                    ? column.Level(row)
                    : column.IsMissing(row) ? null : column.Number(row).ToString(CultureInfo.InvariantCulture);
                if (level is null)
                {
                    continue;
                }

                int k = IndexOf(encoded.Levels, level);
                if (k >= 0)
                {
                    x[i][offset + k] = 1;
                }
                else if (warnings is not null && reported.Add(encoded.Name + "\u0001" + level))
                {
                    warnings.Add(
                        $"{table.Source}: line {table.Lines[row]}, column {encoded.Name}: level '{level}' was not seen in training; encoded as all zeros (known levels: {string.Join(", ", encoded.Levels)})");
                }
            }

            offset += encoded.Width;
        }

        return x;
    }

    private static int IndexOf(IReadOnlyList<string> levels, string level)
    {
        for (int k = 0; k < levels.Count; k++)
        {
            if (string.Equals(levels[k], level, StringComparison.Ordinal))
            {
                return k;
            }
        }

        return -1;
    }
}
