using SCOModel.Plotting.Charts;

namespace SCOModel.Plotting.Svg;

/// <summary>
/// The publication defaults shared by every chart: one sans-serif family, a few fixed sizes in px (fixed, not scaled
/// with the figure, so that text stays readable on small figures), and the greys of ink, frame and grid.
/// </summary>
internal static class Typography
{
    /// <summary>Arial where present; Liberation Sans (metric-compatible) and DejaVu Sans on Linux.</summary>
    public const string FontFamily = "Arial, Helvetica, 'Liberation Sans', 'DejaVu Sans', sans-serif";

    public const double TitleSize = 16;
    public const double AxisTitleSize = 14;
    public const double TickLabelSize = 13;
    public const double LegendSize = 13;
    public const double AnnotationSize = 13;
    public const double CaptionSize = 12;

    /// <summary>Sub- and superscripts relative to their text.</summary>
    public const double ScriptScale = 0.72;

    public const double MajorTickLength = 6;
    public const double MinorTickLength = 3.5;

    public static Colour Ink { get; } = Colour.Parse("#1a1a1a");
    public static Colour SecondaryInk { get; } = Colour.Parse("#555555");
    public static Colour Frame { get; } = Colour.Parse("#333333");
    public static Colour GridLine { get; } = Colour.Parse("#e3e3e3");
    public static Colour NeutralMark { get; } = Colour.Parse("#4d4d4d");
    public static Colour NeutralBand { get; } = Colour.Parse("#7f7f7f");
}
