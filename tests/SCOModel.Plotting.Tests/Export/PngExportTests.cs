using SCOModel.Plotting.Export;
using SCOModel.Plotting.Svg;
using SCOModel.Plotting.Tests.Support;

namespace SCOModel.Plotting.Tests.Export;

public sealed class PngExportTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData(1600, 1120)]
    [InlineData(640, 300)]
    public void RsvgConvertWritesAValidPngOfTheRequestedPixelSize(int width, int height)
    {
        var exporter = RequireRsvgConvert();
        string png = Path.Combine(_directory.Path, "n_hs_vs_T.png");

        exporter.Export(SvgRenderer.Render(SampleFigures.SpinTransition()), png, width, height);

        Assert.Equal((width, height), PngHeader.Size(png));
        Assert.Equal([png], Directory.GetFiles(_directory.Path));
    }

    [Fact]
    public void AFailedConversionThrowsAndLeavesNeitherAPngNorATemporaryFile()
    {
        var exporter = RequireRsvgConvert();
        string png = Path.Combine(_directory.Path, "broken.png");

        var error = Assert.Throws<RasterExportException>(() => exporter.Export("<svg this is not xml", png, 100, 100));

        Assert.Contains("rsvg-convert failed", error.Message);
        Assert.Empty(Directory.GetFiles(_directory.Path));
    }

    [Fact]
    public void AFailedConversionKeepsThePreviousPng()
    {
        var exporter = RequireRsvgConvert();
        string png = Path.Combine(_directory.Path, "chart.png");
        exporter.Export(SvgRenderer.Render(SampleFigures.SpinStates()), png, 400, 280);
        var before = File.ReadAllBytes(png);

        Assert.Throws<RasterExportException>(() => exporter.Export("not svg", png, 800, 560));

        Assert.Equal(before, File.ReadAllBytes(png));
    }

    [Fact]
    public void WithoutTheConverterTheExporterSaysHowToGetIt()
    {
        var exporter = new RsvgConvertExporter(executablePath: null);

        Assert.False(exporter.IsAvailable);
        Assert.Contains("apt-get install librsvg2-bin", exporter.UnavailableHint);
        var error = Assert.Throws<RasterExportException>(() =>
            exporter.Export("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", Path.Combine(_directory.Path, "x.png"), 10, 10));
        Assert.Contains("librsvg2-bin", error.Message);
    }

    [Fact]
    public void TheConverterIsLookedUpOnPath()
    {
        // Executable bits are a POSIX notion; on Windows any file of the name would do.
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        string bin = Path.Combine(_directory.Path, "bin");
        Directory.CreateDirectory(bin);
        string fake = Path.Combine(bin, RsvgConvertExporter.ProgramName);
        File.WriteAllText(fake, "#!/bin/sh\n");

        Assert.Null(ExecutableSearch.OnPath(RsvgConvertExporter.ProgramName, bin));
        File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Assert.Equal(fake, ExecutableSearch.OnPath(RsvgConvertExporter.ProgramName, bin));
        Assert.Null(ExecutableSearch.OnPath(RsvgConvertExporter.ProgramName, Path.Combine(_directory.Path, "nowhere")));
    }

    private static RsvgConvertExporter RequireRsvgConvert()
    {
        var exporter = new RsvgConvertExporter();
        Assert.True(exporter.IsAvailable,
            "rsvg-convert is not on PATH: PNG export cannot be tested. Install Debian's librsvg2-bin " +
            "(`sudo apt-get install librsvg2-bin`; .ci/run installs it).");
        return exporter;
    }
}
