namespace SCOModel.Structure.Cif;

/// <summary>A <c>loop_</c>: a table whose columns are the tags and whose rows are the values in order.</summary>
public sealed class CifLoop
{
    private readonly Dictionary<string, int> _columns;

    internal CifLoop(int line, IReadOnlyList<string> tags, IReadOnlyList<CifValue[]> rows)
    {
        Line = line;
        Tags = tags;
        Rows = rows;
        _columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < tags.Count; i++)
        {
            _columns.TryAdd(CifDataBlock.Normalize(tags[i]), i);
        }
    }

    /// <summary>The line of <c>loop_</c>.</summary>
    public int Line { get; }

    /// <summary>The tags as written.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>The rows; each has one value per tag.</summary>
    public IReadOnlyList<CifValue[]> Rows { get; }

    /// <summary>True when the loop has the tag (case-insensitive; <c>_a.b</c> and <c>_a_b</c> are the same).</summary>
    public bool Has(string tag) => _columns.ContainsKey(CifDataBlock.Normalize(tag));

    /// <summary>The value of a tag in a row, or null when the loop lacks the tag.</summary>
    public CifValue? Value(int row, string tag) =>
        _columns.TryGetValue(CifDataBlock.Normalize(tag), out int column) ? Rows[row][column] : null;
}
