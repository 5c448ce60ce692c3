namespace SCOModel.Plotting.Export;

/// <summary>The files a chart was written to: always the SVG, the PNG when a raster exporter was available.</summary>
public sealed record ChartPaths(string SvgPath, string? PngPath);
