namespace SCOModel.Plotting.Charts;

/// <summary>
/// How a series is drawn. Sizes are in pixels of the figure's coordinate system; the defaults are chosen so that a
/// figure at 800 x 560 px stays legible when scaled down to a journal column.
/// </summary>
public sealed record SeriesStyle
{
    /// <summary>A line without markers.</summary>
    public static SeriesStyle Line { get; } = new() { Dash = LineDash.Solid, Marker = MarkerShape.None };

    /// <summary>Circle markers without a line.</summary>
    public static SeriesStyle Scatter { get; } = new() { Dash = LineDash.None, Marker = MarkerShape.Circle };

    /// <summary>A line with circle markers at the data points.</summary>
    public static SeriesStyle LineWithMarkers { get; } = new() { Dash = LineDash.Solid, Marker = MarkerShape.Circle };

    /// <summary>The colour; null takes the next colour of <see cref="Palette.Series"/> in series order.</summary>
    public Colour? Colour { get; init; }

    /// <summary>The line's dash pattern; <see cref="LineDash.None"/> for markers only.</summary>
    public LineDash Dash { get; init; } = LineDash.Solid;

    /// <summary>Line width in px.</summary>
    public double LineWidth { get; init; } = 1.75;

    /// <summary>The marker glyph.</summary>
    public MarkerShape Marker { get; init; } = MarkerShape.Circle;

    /// <summary>Filled or open markers.</summary>
    public MarkerFill Fill { get; init; } = MarkerFill.Filled;

    /// <summary>Marker size in px (the diameter of a circle, the side of the bounding box of other glyphs).</summary>
    public double MarkerSize { get; init; } = 7;
}
