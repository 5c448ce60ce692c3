namespace SCOModel.Plotting.Charts;

/// <summary>
/// One picture: a plot (an x–y plot, a heatmap or a lattice picture) with a title, at a size in pixels. The size is
/// the SVG's own coordinate system; PNG export may scale it (e.g. 2x for slides) without changing the layout.
/// </summary>
public sealed class Figure
{
    /// <summary>The default size: 800 x 560 px, a 10:7 landscape that fits a slide and a journal column at 2x.</summary>
    public const int DefaultWidthPx = 800;

    /// <summary>The default height, see <see cref="DefaultWidthPx"/>.</summary>
    public const int DefaultHeightPx = 560;

    private const int MinimumSizePx = 200;

    private readonly int _widthPx = DefaultWidthPx;
    private readonly int _heightPx = DefaultHeightPx;

    /// <summary>A figure showing the plot.</summary>
    public Figure(Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        Plot = plot;
    }

    /// <summary>What is drawn.</summary>
    public Plot Plot { get; }

    /// <summary>The title above the plot; none when null or empty. Accepts the _{sub} and ^{sup} markup.</summary>
    public string? Title { get; init; }

    /// <summary>Width in pixels (at least 200: below that no layout leaves room for the data).</summary>
    public int WidthPx
    {
        get => _widthPx;
        init => _widthPx = value >= MinimumSizePx
            ? value
            : throw new ArgumentOutOfRangeException(nameof(WidthPx), value, $"a figure is at least {MinimumSizePx} px wide");
    }

    /// <summary>Height in pixels (at least 200).</summary>
    public int HeightPx
    {
        get => _heightPx;
        init => _heightPx = value >= MinimumSizePx
            ? value
            : throw new ArgumentOutOfRangeException(nameof(HeightPx), value, $"a figure is at least {MinimumSizePx} px high");
    }
}
