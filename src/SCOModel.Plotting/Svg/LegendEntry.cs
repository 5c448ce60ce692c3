using SCOModel.Plotting.Charts;

namespace SCOModel.Plotting.Svg;

/// <summary>What one legend row shows: a series sample (line and marker), a band swatch, or a disc (lattice states).</summary>
internal sealed record LegendEntry(string Label, LegendSwatch Swatch, Colour Colour)
{
    /// <summary>The series style, for <see cref="LegendSwatch.Series"/>.</summary>
    public SeriesStyle? Style { get; init; }

    /// <summary>Fill opacity of a band swatch.</summary>
    public double Opacity { get; init; } = 1;
}
