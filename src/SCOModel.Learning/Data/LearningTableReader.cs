using System.Globalization;
using SCOModel.Core.Configuration;
using SCOModel.Core.Tables;

namespace SCOModel.Learning.Data;

/// <summary>
/// Reads learning tables from CSV (<see cref="CsvTable"/>: errors name the file, the line and the column). A training
/// table's feature kinds are inferred (numeric when every present cell is a number, else categorical); a candidates
/// table is read with the kinds a trained model expects.
/// </summary>
public static class LearningTableReader
{
    /// <summary>
    /// Columns that identify a row or record its provenance rather than describe the compound; left out of the
    /// features unless named in <c>features</c>.
    /// </summary>
    public static IReadOnlyList<string> IdentityColumns { get; } =
        ["id", "name", "compound", "file", "block", "source", "notes", "confidence", "ml_use", "label"];

    /// <summary>
    /// A training set: rows with a target (others skipped and counted), the group of each row, and the features:
    /// <paramref name="features"/> when given, else every other column except identity columns, those in
    /// <paramref name="ignore"/>, and text columns whose levels are nearly all distinct (identifiers).
    /// </summary>
    public static TrainingSet ReadTraining(CsvTable csv, string target, string? group,
        IReadOnlyList<string>? features = null, IReadOnlyList<string>? ignore = null)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(target);
        Require(csv, target, "--target");
        if (group is not null)
        {
            Require(csv, group, "--group");
        }

        var notes = new List<string>();
        string[] targetCells = csv.OptionalTexts(target)!;
        var rows = Enumerable.Range(0, csv.RowCount).Where(r => !MissingCell.IsMissing(targetCells[r])).ToArray();
        if (rows.Length == 0)
        {
            throw csv.HeaderError($"column '{target}' has no value in any row; expected the target of at least a few rows");
        }

        double[] y = rows.Select(r => ParseNumber(csv, r, target, targetCells[r])).ToArray();
        string[]? groupCells = group is null ? null : csv.OptionalTexts(group);
        string[] groups = rows.Select(r => groupCells is null || MissingCell.IsMissing(groupCells[r])
            ? string.Create(CultureInfo.InvariantCulture, $"(line {csv.LineOf(r)})")
            : groupCells[r]).ToArray();

        IReadOnlyList<string> names;
        if (features is { Count: > 0 })
        {
            foreach (string name in features)
            {
                Require(csv, name, "--features");
                if (string.Equals(name, target, StringComparison.OrdinalIgnoreCase))
                {
                    throw new ConfigException("command line", "--features", $"'{name}' is the target; a feature cannot be the target");
                }
            }

            names = features;
        }
        else
        {
            var skip = new HashSet<string>(ignore ?? [], StringComparer.OrdinalIgnoreCase) { target };
            if (group is not null)
            {
                skip.Add(group);
            }

            foreach (string name in ignore ?? [])
            {
                Require(csv, name, "--ignore");
            }

            var chosen = new List<string>();
            foreach (string name in csv.Columns.Where(c => !skip.Contains(c)))
            {
                if (IdentityColumns.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    notes.Add($"column '{name}' identifies rows and is not used as a feature");
                    continue;
                }

                chosen.Add(name);
            }

            names = chosen;
        }

        var columns = new List<DataColumn>();
        foreach (string name in names)
        {
            var column = Read(csv, name, InferKind(csv, name, rows), rows);
            bool explicitlyNamed = features is { Count: > 0 };
            if (!explicitlyNamed && column.Kind == FeatureKind.Categorical && LooksLikeIdentifier(column))
            {
                notes.Add($"column '{name}' has a different text in nearly every row (an identifier) and is not used as a feature");
                continue;
            }

            if (!explicitlyNamed && Enumerable.Range(0, column.Count).All(column.IsMissing))
            {
                notes.Add($"column '{name}' is empty in every row with a target and is not used as a feature");
                continue;
            }

            columns.Add(column);
        }

        if (columns.Count == 0)
        {
            throw csv.HeaderError($"no feature column is left besides the target '{target}'; expected at least one input column");
        }

        var table = new LearningTable(csv.Source, columns, rows.Select(csv.LineOf).ToArray());
        return new TrainingSet(table, y, groups, target, group, csv.RowCount - rows.Length, notes);
    }

    /// <summary>The candidates' feature columns with the kinds the model was trained with; all rows.</summary>
    public static LearningTable ReadCandidates(CsvTable csv, IReadOnlyList<(string Name, FeatureKind Kind)> features)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(features);
        var missing = features.Where(f => !csv.HasColumn(f.Name)).Select(f => f.Name).ToArray();
        if (missing.Length > 0)
        {
            throw csv.HeaderError(
                $"missing feature column{(missing.Length == 1 ? string.Empty : "s")} {string.Join(", ", missing.Select(m => $"'{m}'"))} " +
                $"that the model was trained with; the header has: {string.Join(", ", csv.Columns)}");
        }

        int[] rows = Enumerable.Range(0, csv.RowCount).ToArray();
        var columns = features.Select(f => Read(csv, f.Name, f.Kind, rows)).ToArray();
        return new LearningTable(csv.Source, columns, rows.Select(csv.LineOf).ToArray());
    }

    private static void Require(CsvTable csv, string column, string option)
    {
        if (!csv.HasColumn(column))
        {
            throw csv.HeaderError($"no column '{column}' (named by {option}); the header has: {string.Join(", ", csv.Columns)}");
        }
    }

    private static FeatureKind InferKind(CsvTable csv, string name, IReadOnlyList<int> rows)
    {
        string[] cells = csv.OptionalTexts(name)!;
        bool any = false;
        foreach (int r in rows)
        {
            if (MissingCell.IsMissing(cells[r]))
            {
                continue;
            }

            any = true;
            if (!TryParse(cells[r], out _))
            {
                return FeatureKind.Categorical;
            }
        }

        return any ? FeatureKind.Numeric : FeatureKind.Categorical;
    }

    private static DataColumn Read(CsvTable csv, string name, FeatureKind kind, IReadOnlyList<int> rows)
    {
        string[] cells = csv.OptionalTexts(name)!;
        return kind == FeatureKind.Numeric
            ? DataColumn.Numeric(name, rows.Select(r => MissingCell.IsMissing(cells[r]) ? double.NaN : ParseNumber(csv, r, name, cells[r])))
            : DataColumn.Categorical(name, rows.Select(r => MissingCell.IsMissing(cells[r]) ? null : cells[r].Trim()));
    }

    /// <summary>More than 10 levels and fewer than 1.25 rows per level: the column names rows, it does not group them.</summary>
    private static bool LooksLikeIdentifier(DataColumn column)
    {
        var levels = Enumerable.Range(0, column.Count).Select(column.Level).Where(l => l is not null).ToArray();
        int distinct = levels.Distinct(StringComparer.Ordinal).Count();
        return distinct > 10 && levels.Length < 1.25 * distinct;
    }

    private static double ParseNumber(CsvTable csv, int row, string column, string cell) =>
        TryParse(cell, out double value) ? value
            : throw csv.Error(row, column, $"expected a number, got '{cell}'");

    private static bool TryParse(string cell, out double value) =>
        double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
