namespace SCOModel.Structure.Cif;

/// <summary>
/// One <c>data_</c> block of a CIF file: its single items and its loops. Tags are matched case-insensitively and with
/// the DDLm spelling (<c>_cell.length_a</c>) equal to the DDL1 one (<c>_cell_length_a</c>).
/// </summary>
public sealed class CifDataBlock
{
    private readonly Dictionary<string, CifValue> _items = new(StringComparer.Ordinal);
    private readonly List<CifLoop> _loops = [];

    internal CifDataBlock(string name, int line)
    {
        Name = name;
        Line = line;
    }

    /// <summary>The block name (what follows <c>data_</c>).</summary>
    public string Name { get; }

    /// <summary>The line of the <c>data_</c> header.</summary>
    public int Line { get; }

    /// <summary>The loops in file order.</summary>
    public IReadOnlyList<CifLoop> Loops => _loops;

    /// <summary>The number of single (unlooped) items.</summary>
    public int ItemCount => _items.Count;

    /// <summary>
    /// The value of a single item; a tag in a loop with one row counts too (some writers loop the cell). Null when the
    /// block has no such tag.
    /// </summary>
    public CifValue? Value(string tag)
    {
        if (_items.TryGetValue(Normalize(tag), out var value))
        {
            return value;
        }

        var loop = Loop(tag);
        return loop is { Rows.Count: 1 } ? loop.Value(0, tag) : null;
    }

    /// <summary>The first loop that has the tag, or null.</summary>
    public CifLoop? Loop(string tag) => _loops.FirstOrDefault(l => l.Has(tag));

    /// <summary>The canonical form of a tag: lower case, '.' read as '_'.</summary>
    internal static string Normalize(string tag) => tag.ToLowerInvariant().Replace('.', '_');

    /// <summary>Adds an item; a repeated tag keeps its first value (CIF forbids repeats; files that have them are read).</summary>
    internal void Add(string tag, CifValue value) => _items.TryAdd(Normalize(tag), value);

    internal void Add(CifLoop loop) => _loops.Add(loop);
}
