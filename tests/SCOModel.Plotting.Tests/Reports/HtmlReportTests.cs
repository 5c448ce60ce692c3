using System.Text.RegularExpressions;
using SCOModel.Core.Results;
using SCOModel.Plotting.Reports;
using SCOModel.Plotting.SpinCrossover;
using SCOModel.Plotting.Tests.Support;

namespace SCOModel.Plotting.Tests.Reports;

public sealed partial class HtmlReportTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void TextIsEscapedEverywhere()
    {
        string html = new HtmlReport("<b>title</b> & co")
            .AddHeading("<h1>")
            .AddParagraph("x < y && \"quoted\"")
            .AddKeyValueTable([new("<key>", "<value>")])
            .AddTable(["<col>"], [["<cell>"]], "<caption>")
            .AddPreformatted("{\"name\": \"</pre><script>alert(1)</script>\"}")
            .ToHtml();

        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<b>", html);
        Assert.DoesNotContain("<key>", html);
        Assert.DoesNotContain("<cell>", html);
        Assert.Contains("&lt;b&gt;title&lt;/b&gt; &amp; co", html);
        Assert.Contains("x &lt; y &amp;&amp; &quot;quoted&quot;", html);
        Assert.Contains("&lt;/pre&gt;&lt;script&gt;", html);
    }

    [Fact]
    public void ThePageIsSelfContained()
    {
        string html = SampleReport().ToHtml();

        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("@import", html);
        Assert.DoesNotMatch(SourceAttribute(), html);
        Assert.DoesNotContain("url(http", html);

        // The only URLs are the SVG namespace names, which are identifiers, never fetched.
        Assert.All(UrlPattern().Matches(html), m => Assert.Equal("http://www.w3.org/2000/svg", m.Value));
    }

    [Fact]
    public void FiguresAreNumberedAndTheirIdsDoNotCollide()
    {
        string html = SampleReport().ToHtml();

        Assert.Contains("<strong>Figure 1.</strong> n_HS(T)", html);
        Assert.Contains("<strong>Figure 3.</strong>", html);
        Assert.Equal(3, Regex.Count(html, "<svg "));
        var ids = IdAttribute().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void NumericCellsAreRightAlignedAndRowsMustMatchTheHeader()
    {
        string html = new HtmlReport("t").AddTable(["T (K)", "branch"], [["206.34", "heating"]]).ToHtml();

        Assert.Contains("<td class=\"num\">206.34</td><td>heating</td>", html);
        Assert.Throws<ArgumentException>(() => new HtmlReport("t").AddTable(["a", "b"], [["1"]]));
    }

    [Fact]
    public void SaveWritesThePageAtomically()
    {
        string path = Path.Combine(_directory.Path, "report.html");
        var report = SampleReport();

        report.Save(path);

        Assert.Equal(report.ToHtml(), File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_directory.Path));
    }

    /// <summary>A report like the demo's: charts, the summary, the config and the command.</summary>
    internal static HtmlReport SampleReport()
    {
        var points = SampleRuns.HysteresisLoop();
        var summary = TransitionSummary.Of(points);
        return new HtmlReport("SCOModel demo: square lattice") { Subtitle = "SCOModel 0.1.0", Footer = "Made with SCOModel" }
            .AddHeading("Spin transition")
            .AddFigure(SampleFigures.SpinTransition(), "n_HS(T) on heating and cooling.")
            .AddKeyValueTable(TransitionSummaryTable.Rows(summary), "Summary")
            .AddFigure(SampleFigures.PhaseDiagram())
            .AddFigure(SampleFigures.SpinStates())
            .AddHeading("Reproduce")
            .AddPreformatted("{\n  \"seed\": 42\n}", "Resolved config")
            .AddPreformatted("sco demo --out sco-demo", "Command");
    }

    [GeneratedRegex("\\ssrc\\s*=")]
    private static partial Regex SourceAttribute();

    [GeneratedRegex("https?://[^\"'\\s)]+")]
    private static partial Regex UrlPattern();

    [GeneratedRegex("\\sid=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();
}
