namespace SCOModel.Plotting.Export;

/// <summary>
/// Turns SVG into a raster image. Behind an interface because the converter is an external program today
/// (rsvg-convert) and may be a library the day one can be restored (DESIGN.md "Dependencies").
/// </summary>
public interface IRasterExporter
{
    /// <summary>True when <see cref="Export"/> can run here.</summary>
    bool IsAvailable { get; }

    /// <summary>
    /// One line telling the user how to make PNG export available (shown once per run when it is not); null when it
    /// is available.
    /// </summary>
    string? UnavailableHint { get; }

    /// <summary>
    /// Writes the SVG as a PNG of exactly widthPx x heightPx pixels, atomically (temporary file in the same
    /// directory, then rename). Throws <see cref="RasterExportException"/> when the converter is missing or fails.
    /// </summary>
    void Export(string svg, string pngPath, int widthPx, int heightPx);
}
