namespace SCOModel.Structure.Cif;

/// <summary>The kinds of token of the CIF 1.1 syntax (Hall, Allen &amp; Brown, Acta Cryst. 1991, A47, 655).</summary>
internal enum CifTokenKind
{
    /// <summary><c>data_name</c>: opens a data block.</summary>
    DataBlock,

    /// <summary><c>loop_</c>.</summary>
    Loop,

    /// <summary>A data name such as <c>_cell_length_a</c>.</summary>
    Tag,

    /// <summary>A value: bare, quoted ('..' or "..") or a semicolon text field.</summary>
    Value,

    /// <summary><c>save_name</c> or the closing <c>save_</c> of a save frame.</summary>
    Save,

    /// <summary><c>global_</c>.</summary>
    Global,

    /// <summary><c>stop_</c> (reserved; ends nested loops in STAR, unused in CIF).</summary>
    Stop,
}
