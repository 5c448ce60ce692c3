namespace SCOModel.Structure.Cif;

/// <summary>A parsed CIF file: its data blocks in order, and the name messages give it.</summary>
public sealed class CifDocument
{
    internal CifDocument(string source, IReadOnlyList<CifDataBlock> blocks)
    {
        Source = source;
        Blocks = blocks;
    }

    /// <summary>The file (or name) the text came from.</summary>
    public string Source { get; }

    /// <summary>The data blocks in file order.</summary>
    public IReadOnlyList<CifDataBlock> Blocks { get; }
}
