using SCOModel.Core.Results;
using SCOModel.Plotting.Charts;
using SCOModel.Plotting.Svg;

namespace SCOModel.Plotting.Export;

/// <summary>Writes a figure next to a run's data: NAME.svg always, NAME.png when PNG export is available.</summary>
public static class ChartFiles
{
    /// <summary>
    /// PNGs are drawn at twice the figure's size: sharp on a projector and in a manuscript, while fonts and line
    /// widths keep the proportions of the SVG.
    /// </summary>
    public const int DefaultPngScale = 2;

    /// <summary>
    /// Writes directory/baseName.svg (atomically) and, when the exporter is available, directory/baseName.png at
    /// pngScale times the figure's size. A PNG conversion that fails throws <see cref="RasterExportException"/>
    /// after the SVG has been written.
    /// </summary>
    public static ChartPaths Write(Figure figure, string directory, string baseName, IRasterExporter? raster = null,
        int pngScale = DefaultPngScale)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentException.ThrowIfNullOrEmpty(baseName);
        ArgumentOutOfRangeException.ThrowIfLessThan(pngScale, 1);
        if (baseName.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || baseName.Contains('/'))
        {
            throw new ArgumentException($"\"{baseName}\" is not a file name", nameof(baseName));
        }

        string svg = SvgRenderer.Render(figure);
        string svgPath = Path.Combine(directory, baseName + ".svg");
        AtomicFile.WriteAllText(svgPath, svg);
        if (raster is null || !raster.IsAvailable)
        {
            return new ChartPaths(svgPath, null);
        }

        string pngPath = Path.Combine(directory, baseName + ".png");
        raster.Export(svg, pngPath, figure.WidthPx * pngScale, figure.HeightPx * pngScale);
        return new ChartPaths(svgPath, pngPath);
    }
}
