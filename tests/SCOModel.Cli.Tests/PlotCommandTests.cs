using System.Xml.Linq;

namespace SCOModel.Cli.Tests;

/// <summary>`sco plot` redraws a results table, overlays several, and names what is wrong with bad tables.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class PlotCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void OverlaysTwoRunsWithOneLegendEntryPerRunAndBranch()
    {
        string first = _temp.Sub("J60");
        string second = _temp.Sub("J90");
        Assert.Equal(0, Sco.Run("run", _temp.File("a.json", ExampleConfigs.Good), "--out", first).ExitCode);
        Assert.Equal(0, Sco.Run("run", _temp.File("b.json", ExampleConfigs.Good.Replace("\"couplingK\": 60", "\"couplingK\": 90",
            StringComparison.Ordinal)), "--out", second).ExitCode);

        string chart = _temp.Sub("overlay.svg");
        var outcome = Sco.Run("plot", Path.Combine(first, "results.csv"), Path.Combine(second, "results.csv"), "--out", chart);
        Assert.True(outcome.ExitCode == 0, outcome.Error);

        string svg = XDocument.Load(chart).ToString();
        string[] entries = ["J60: Heating", "J60: Cooling", "J90: Heating", "J90: Cooling"];
        var positions = entries.Select(e => svg.IndexOf(e, StringComparison.Ordinal)).ToArray();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void PlotsAnyColumnAgainstAnyOther()
    {
        string table = _temp.File("t.csv", "temperature_K,energy_K,energy_stderr_K\n100,-3,0.1\n200,-2,0.1\n300,-1,0.2\n");
        string chart = _temp.Sub("e.svg");
        Assert.Equal(0, Sco.Run("plot", table, "--y", "energy_K", "--out", chart).ExitCode);
        Assert.Contains("Energy per site (K)", XDocument.Load(chart).ToString());
    }

    [Fact]
    public void AMissingColumnExitsWith2AndListsTheColumns()
    {
        string table = _temp.File("t.csv", "temperature_K,n_hs\n100,0.1\n");
        var outcome = Sco.Run("plot", table, "--y", "chiT", "--out", _temp.Sub("x.svg"));
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("no column 'chiT'", outcome.Error);
        Assert.Contains("temperature_K, n_hs", outcome.Error);
    }

    [Fact]
    public void ABadCellExitsWith2NamingTheLineAndColumn()
    {
        string table = _temp.File("t.csv", "temperature_K,n_hs\n100,0.1\n110,abc\n");
        var outcome = Sco.Run("plot", table, "--out", _temp.Sub("x.svg"));
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("line 3", outcome.Error);
        Assert.Contains("n_hs", outcome.Error);
        Assert.False(File.Exists(_temp.Sub("x.svg")));
    }
}
