namespace SCOModel.Learning.Data;

/// <summary>
/// The inputs of a learning problem: named columns of equal length, one row per compound, with the file line each
/// row came from (for messages). Immutable.
/// </summary>
public sealed class LearningTable
{
    private readonly Dictionary<string, DataColumn> _byName;

    public LearningTable(string source, IReadOnlyList<DataColumn> columns, IReadOnlyList<int> lines)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(lines);
        if (columns.Any(c => c.Count != lines.Count))
        {
            throw new ArgumentException("every column needs one value per row", nameof(columns));
        }

        Source = source;
        Columns = columns;
        Lines = lines;
        _byName = columns.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The file the rows came from, as messages name it.</summary>
    public string Source { get; }

    public IReadOnlyList<DataColumn> Columns { get; }

    /// <summary>The file line of each row (1-based).</summary>
    public IReadOnlyList<int> Lines { get; }

    public int RowCount => Lines.Count;

    public DataColumn? Column(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The table with one column replaced (by name), e.g. by a shuffled copy.</summary>
    public LearningTable With(DataColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return new LearningTable(Source,
            Columns.Select(c => string.Equals(c.Name, column.Name, StringComparison.OrdinalIgnoreCase) ? column : c).ToArray(),
            Lines);
    }
}
