namespace SCOModel.Plotting.Svg;

/// <summary>Where a run of text sits: on the line, lowered (subscript) or raised (superscript).</summary>
internal enum Baseline
{
    Normal,
    Subscript,
    Superscript,
}
