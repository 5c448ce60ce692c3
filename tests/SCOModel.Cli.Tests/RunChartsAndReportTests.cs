using System.Xml.Linq;
using SCOModel.Tests.Shared;

namespace SCOModel.Cli.Tests;

/// <summary>Every run leaves its chart next to results.csv and a report.html that a browser shows cleanly.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class RunChartsAndReportTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void RunWritesTheTransitionChartAsWellFormedSvgAndPng()
    {
        string output = _temp.Sub("out");
        Assert.Equal(0, Sco.Run("run", _temp.File("c.json", ExampleConfigs.Good), "--out", output).ExitCode);

        var svg = XDocument.Load(Path.Combine(output, "n_hs_vs_T.svg"));
        Assert.Equal("svg", svg.Root!.Name.LocalName);
        string text = svg.ToString();
        Assert.Contains("Heating", text);
        Assert.Contains("Cooling", text);
        Assert.Contains("Temperature (K)", text);

        // rsvg-convert is installed by .ci/run; where it is, the PNG sits beside the SVG.
        byte[] png = File.ReadAllBytes(Path.Combine(output, "n_hs_vs_T.png"));
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
    }

    [Fact]
    public void TheRunReportLoadsInHeadlessChromiumWithTheChartAndTheResolvedConfig()
    {
        Assert.True(HeadlessChromium.Executable is not null, HeadlessChromium.MissingMessage);
        string output = _temp.Sub("out");
        Assert.Equal(0, Sco.Run("run", _temp.File("c.json", ExampleConfigs.Good), "--out", output).ExitCode);

        var (dom, log) = HeadlessChromium.DumpDom(Path.Combine(output, "report.html"));
        Assert.Empty(HeadlessChromium.PageMessages(log));
        Assert.Contains("<svg", dom);
        Assert.Contains("cli test loop", dom);
        Assert.Contains("&quot;couplingK&quot;: 60", dom.Replace("\"", "&quot;", StringComparison.Ordinal));
        Assert.Contains("sco run config.json --seed 9", dom);
    }
}
