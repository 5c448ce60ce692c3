using SCOModel.Plotting.Export;
using SCOModel.Plotting.Tests.Support;

namespace SCOModel.Plotting.Tests.Export;

public sealed class ChartFilesTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void WritesTheSvgAndAPngAtTwiceTheFigureSize()
    {
        var raster = new RecordingExporter(available: true);

        var paths = ChartFiles.Write(SampleFigures.SpinTransition(), _directory.Path, "n_hs_vs_T", raster);

        Assert.Equal(Path.Combine(_directory.Path, "n_hs_vs_T.svg"), paths.SvgPath);
        Assert.Equal(Path.Combine(_directory.Path, "n_hs_vs_T.png"), paths.PngPath);
        Assert.StartsWith("<svg", File.ReadAllText(paths.SvgPath));
        Assert.Equal((1600, 1120), raster.Size);
        Assert.Equal(File.ReadAllText(paths.SvgPath), raster.Svg);
    }

    [Fact]
    public void WithoutAnAvailableExporterOnlyTheSvgIsWritten()
    {
        var raster = new RecordingExporter(available: false);

        var paths = ChartFiles.Write(SampleFigures.SpinTransition(), _directory.Path, "chart", raster);

        Assert.Null(paths.PngPath);
        Assert.Null(raster.Svg);
        Assert.Equal([paths.SvgPath], Directory.GetFiles(_directory.Path));
    }

    [Fact]
    public void ABaseNameWithADirectoryIsRefused()
    {
        Assert.Throws<ArgumentException>(() =>
            ChartFiles.Write(SampleFigures.SpinTransition(), _directory.Path, "../escape"));
    }

    private sealed class RecordingExporter(bool available) : IRasterExporter
    {
        public string? Svg { get; private set; }

        public (int Width, int Height) Size { get; private set; }

        public bool IsAvailable => available;

        public string? UnavailableHint => available ? null : "install it";

        public void Export(string svg, string pngPath, int widthPx, int heightPx)
        {
            Svg = svg;
            Size = (widthPx, heightPx);
        }
    }
}
