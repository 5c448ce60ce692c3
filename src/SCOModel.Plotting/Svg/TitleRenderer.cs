using SCOModel.Plotting.Charts;

namespace SCOModel.Plotting.Svg;

/// <summary>The figure title, centred over the data frame (not the canvas) so it lines up with what it names.</summary>
internal static class TitleRenderer
{
    private const double Margin = 14;

    /// <summary>The room the title takes at the top of the figure (a small margin when there is none).</summary>
    public static double TopRoom(Figure figure) =>
        Margin + (HasTitle(figure) ? Typography.TitleSize + 12 : 0);

    public static void Draw(SvgCanvas canvas, Figure figure, double centreX)
    {
        if (!HasTitle(figure))
        {
            return;
        }

        // Kept inside the canvas when the title is wider than the frame it is centred on.
        double half = TextMetrics.Width(figure.Title!, Typography.TitleSize) / 2;
        double x = Math.Clamp(centreX, Math.Min(half + 8, figure.WidthPx / 2.0), Math.Max(figure.WidthPx - half - 8, figure.WidthPx / 2.0));
        SvgCanvas.Text(canvas.Root, x, Margin + (Typography.TitleSize * 0.8), figure.Title!, Typography.TitleSize,
            TextAnchor.Middle, weight: "bold", cssClass: "figure-title");
    }

    private static bool HasTitle(Figure figure) => !string.IsNullOrWhiteSpace(figure.Title);
}
