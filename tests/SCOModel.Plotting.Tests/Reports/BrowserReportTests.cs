using System.Text.RegularExpressions;
using SCOModel.Plotting.Tests.Support;
using SCOModel.Tests.Shared;

namespace SCOModel.Plotting.Tests.Reports;

/// <summary>
/// The report in a real browser: Debian's chromium, headless, no network. These tests fail (never skip) when chromium
/// is missing, so a CI without it cannot pass silently.
/// </summary>
public sealed class BrowserReportTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void TheReportLoadsInHeadlessChromiumWithoutConsoleErrorsAndShowsTheCharts()
    {
        Assert.True(HeadlessChromium.Executable is not null, HeadlessChromium.MissingMessage);
        string path = Path.Combine(_directory.Path, "report.html");
        HtmlReportTests.SampleReport().Save(path);

        var (dom, log) = HeadlessChromium.DumpDom(path);

        Assert.Empty(HeadlessChromium.PageMessages(log));
        Assert.Equal(3, Regex.Count(dom, "<svg "));
        Assert.Contains("High-spin fraction n<tspan", dom);
        Assert.Contains("class=\"colour-bar\"", dom);
        Assert.Contains("class=\"sites\"", dom);
        Assert.Contains("<h1>SCOModel demo: square lattice</h1>", dom);
    }

    [Fact]
    public void TheConsoleCheckCatchesAPageThatLogsAnErrorOrThrows()
    {
        Assert.True(HeadlessChromium.Executable is not null, HeadlessChromium.MissingMessage);
        string path = Path.Combine(_directory.Path, "broken.html");
        File.WriteAllText(path,
            "<!DOCTYPE html><html><body><p>x</p><script>console.error('boom'); notDefined();</script></body></html>");

        var (_, log) = HeadlessChromium.DumpDom(path);

        var messages = HeadlessChromium.PageMessages(log);
        Assert.Contains(messages, m => m.Contains("boom", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("Uncaught ReferenceError", StringComparison.Ordinal));
    }
}
