namespace SCOModel.Plotting.Svg;

/// <summary>The kinds of legend sample.</summary>
internal enum LegendSwatch
{
    Series,
    Band,
    Disc,
}
