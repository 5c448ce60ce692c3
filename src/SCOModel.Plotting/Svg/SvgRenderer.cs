using SCOModel.Plotting.Charts;

namespace SCOModel.Plotting.Svg;

/// <summary>
/// Renders a <see cref="Figure"/> as a standalone SVG document (an &lt;svg&gt; element without XML declaration,
/// valid both as an .svg file and inline in HTML). Invalid data (e.g. non-positive values on a log axis) throw
/// <see cref="ArgumentException"/> naming the series and the value.
/// </summary>
public static class SvgRenderer
{
    /// <summary>The id prefix of a figure rendered on its own.</summary>
    public const string DefaultIdPrefix = "sco";

    /// <summary>
    /// The SVG text of a figure. Figures that share a page (an HTML report) need distinct id prefixes, so that their
    /// clip paths and gradients do not collide; a prefix is a letter followed by letters, digits, '-' or '_'.
    /// </summary>
    public static string Render(Figure figure, string idPrefix = DefaultIdPrefix)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(idPrefix);
        if (idPrefix.Length == 0 || !char.IsAsciiLetter(idPrefix[0]) ||
            !idPrefix.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new ArgumentException(
                $"the id prefix \"{idPrefix}\" must be a letter followed by letters, digits, '-' or '_'", nameof(idPrefix));
        }

        var canvas = new SvgCanvas(figure.WidthPx, figure.HeightPx, idPrefix, figure.Title);
        switch (figure.Plot)
        {
            case XYPlot xy:
                XYPlotRenderer.Render(canvas, figure, xy);
                break;
            case Heatmap heatmap:
                HeatmapRenderer.Render(canvas, figure, heatmap);
                break;
            case LatticePicture lattice:
                LatticePictureRenderer.Render(canvas, figure, lattice);
                break;
            default:
                throw new NotSupportedException($"no renderer for {figure.Plot.GetType().Name}");
        }

        return canvas.Serialise();
    }
}
