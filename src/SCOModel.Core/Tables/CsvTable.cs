using System.Globalization;
using System.Text;
using SCOModel.Core.Configuration;

namespace SCOModel.Core.Tables;

/// <summary>
/// A small table read from CSV: a header of column names, then rows of cells. Cells are read by column name, numbers
/// with the invariant culture (a decimal point, never a comma). Every problem is a <see cref="ConfigException"/>
/// naming the file, the line and the column, e.g. <c>data.csv: line 7, column n_hs: expected a number, got 'abc'</c>.
/// </summary>
/// <remarks>
/// The format: the first line that is neither blank nor a comment (<c>#</c> ...) is the header; blank and comment
/// lines are skipped everywhere. Cells are separated by commas; a file whose header holds no comma but tabs or
/// semicolons is read with that separator. Cells are trimmed; a cell may be quoted ("a, b"), with "" for a quote
/// inside. Column names match case-insensitively. Every row has as many cells as the header.
/// </remarks>
public sealed class CsvTable
{
    private readonly string[][] _rows;
    private readonly int[] _lines;
    private readonly int _headerLine;

    private CsvTable(string source, IReadOnlyList<string> columns, int headerLine, string[][] rows, int[] lines)
    {
        Source = source;
        Columns = columns;
        _headerLine = headerLine;
        _rows = rows;
        _lines = lines;
    }

    /// <summary>The file (or name) the table came from, as error messages name it.</summary>
    public string Source { get; }

    /// <summary>The column names, in file order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Number of data rows.</summary>
    public int RowCount => _rows.Length;

    /// <summary>Reads a CSV file.</summary>
    public static CsvTable ReadFile(string path) => Parse(InputFile.ReadAllText(path), path);

    /// <summary>Parses CSV text; <paramref name="source"/> names it in error messages.</summary>
    public static CsvTable Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        string[] lines = text.TrimStart('\uFEFF').Split('\n');
        string[]? header = null;
        int headerLine = 0;
        char separator = ',';
        var rows = new List<string[]>();
        var rowLines = new List<int>();
        for (int k = 0; k < lines.Length; k++)
        {
            int line = k + 1;
            string content = lines[k].TrimEnd('\r');
            if (content.Trim().Length == 0 || content.TrimStart().StartsWith('#'))
            {
                continue;
            }

            if (header is null)
            {
                separator = SeparatorOf(content);
                header = SplitCells(content, separator, source, line);
                headerLine = line;
                CheckHeader(header, source, line);
                continue;
            }

            string[] cells = SplitCells(content, separator, source, line);
            if (cells.Length != header.Length)
            {
                throw new ConfigException(source, $"line {line}",
                    $"expected {header.Length} cells (the header has {header.Length} columns: " +
                    $"{string.Join(", ", header)}), got {cells.Length}");
            }

            rows.Add(cells);
            rowLines.Add(line);
        }

        if (header is null)
        {
            throw new ConfigException(source, "line 1", "the file is empty: expected a header line of column names");
        }

        return new CsvTable(source, header, headerLine, rows.ToArray(), rowLines.ToArray());
    }

    /// <summary>True when the table has the column (case-insensitive).</summary>
    public bool HasColumn(string column) => IndexOf(column) >= 0;

    /// <summary>The line of the file a data row came from (1-based), for messages.</summary>
    public int LineOf(int row) => _lines[row];

    /// <summary>The numbers of a required column: every cell must hold a finite number.</summary>
    public double[] Numbers(string column)
    {
        int c = RequireColumn(column);
        var values = new double[_rows.Length];
        for (int r = 0; r < _rows.Length; r++)
        {
            values[r] = ParseNumber(r, c, allowEmpty: false) ?? double.NaN;
        }

        return values;
    }

    /// <summary>
    /// The numbers of an optional column: null when the table has no such column; an empty cell is a null entry.
    /// </summary>
    public double?[]? OptionalNumbers(string column)
    {
        int c = IndexOf(column);
        if (c < 0)
        {
            return null;
        }

        var values = new double?[_rows.Length];
        for (int r = 0; r < _rows.Length; r++)
        {
            values[r] = ParseNumber(r, c, allowEmpty: true);
        }

        return values;
    }

    /// <summary>The (trimmed) text cells of a column; null when the table has no such column.</summary>
    public string[]? OptionalTexts(string column)
    {
        int c = IndexOf(column);
        return c < 0 ? null : _rows.Select(row => row[c]).ToArray();
    }

    /// <summary>A problem with one cell, located by row and column, for checks made by the table's users.</summary>
    public ConfigException Error(int row, string column, string problem) =>
        new(Source, $"line {_lines[row]}, column {ColumnName(column)}", problem);

    /// <summary>A problem with the table as a whole (a missing column, no rows), located at the header.</summary>
    public ConfigException HeaderError(string problem) => new(Source, $"line {_headerLine}", problem);

    private string ColumnName(string column) => IndexOf(column) is int c and >= 0 ? Columns[c] : column;

    private int IndexOf(string column)
    {
        for (int c = 0; c < Columns.Count; c++)
        {
            if (string.Equals(Columns[c], column, StringComparison.OrdinalIgnoreCase))
            {
                return c;
            }
        }

        return -1;
    }

    private int RequireColumn(string column)
    {
        int c = IndexOf(column);
        if (c < 0)
        {
            throw HeaderError($"missing column '{column}'; the header has: {string.Join(", ", Columns)}");
        }

        return c;
    }

    private double? ParseNumber(int row, int column, bool allowEmpty)
    {
        string cell = _rows[row][column];
        var where = $"line {_lines[row]}, column {Columns[column]}";
        if (cell.Length == 0)
        {
            return allowEmpty ? null : throw new ConfigException(Source, where, "expected a number, got an empty cell");
        }

        if (!double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            string hint = cell.Contains(',', StringComparison.Ordinal) ? " (use a decimal point, not a comma)" : string.Empty;
            throw new ConfigException(Source, where, $"expected a number, got '{cell}'{hint}");
        }

        if (!double.IsFinite(value))
        {
            throw new ConfigException(Source, where, $"expected a finite number, got '{cell}'");
        }

        return value;
    }

    private static char SeparatorOf(string header)
    {
        if (header.Contains(',', StringComparison.Ordinal))
        {
            return ',';
        }

        return header.Contains('\t', StringComparison.Ordinal) ? '\t'
            : header.Contains(';', StringComparison.Ordinal) ? ';'
            : ',';
    }

    private static void CheckHeader(string[] header, string source, int line)
    {
        for (int c = 0; c < header.Length; c++)
        {
            if (header[c].Length == 0)
            {
                throw new ConfigException(source, $"line {line}", $"column {c + 1} of the header has no name");
            }

            for (int d = 0; d < c; d++)
            {
                if (string.Equals(header[c], header[d], StringComparison.OrdinalIgnoreCase))
                {
                    throw new ConfigException(source, $"line {line}", $"column '{header[c]}' appears twice in the header");
                }
            }
        }
    }

    /// <summary>Splits a line into trimmed cells; a quoted cell may hold the separator and "" for a quote.</summary>
    private static string[] SplitCells(string line, char separator, string source, int lineNumber)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        int k = 0;
        while (true)
        {
            cell.Clear();
            while (k < line.Length && line[k] is ' ' or '\t' && line[k] != separator)
            {
                k++;
            }

            if (k < line.Length && line[k] == '"')
            {
                k++;
                while (true)
                {
                    if (k >= line.Length)
                    {
                        throw new ConfigException(source, $"line {lineNumber}", "a quoted cell is not closed");
                    }

                    if (line[k] == '"')
                    {
                        if (k + 1 < line.Length && line[k + 1] == '"')
                        {
                            cell.Append('"');
                            k += 2;
                            continue;
                        }

                        k++;
                        break;
                    }

                    cell.Append(line[k++]);
                }

                while (k < line.Length && line[k] != separator)
                {
                    if (!char.IsWhiteSpace(line[k]))
                    {
                        throw new ConfigException(source, $"line {lineNumber}",
                            $"unexpected '{line[k]}' after the quoted cell \"{cell}\"");
                    }

                    k++;
                }

                cells.Add(cell.ToString());
            }
            else
            {
                int end = line.IndexOf(separator, k);
                if (end < 0)
                {
                    end = line.Length;
                }

                cells.Add(line[k..end].Trim());
                k = end;
            }

            if (k >= line.Length)
            {
                return cells.ToArray();
            }

            k++; // the separator
        }
    }
}
