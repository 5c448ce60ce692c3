using System.Text.Json.Nodes;

namespace SCOModel.Cli.Tests;

/// <summary>`sco demo` is the newcomer's first run: it must show a clear hysteresis loop and leave a report.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class DemoCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void DemoShowsAClearLoopAndWritesTheReport()
    {
        string output = _temp.Sub("demo");
        var outcome = Sco.Run("demo", "--out", output);
        Assert.True(outcome.ExitCode == 0, outcome.Error);

        var summary = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "summary.json")))!;
        double width = summary["hysteresis_width_K"]!.GetValue<double>();
        double up = summary["t_half_up_K"]!.GetValue<double>();
        double down = summary["t_half_down_K"]!.GetValue<double>();

        // A loop several 2 K steps wide, around T_eq = 200 K: "clear hysteresis".
        Assert.InRange(width, 6, 40);
        Assert.InRange((up + down) / 2, 190, 210);
        Assert.True(File.Exists(Path.Combine(output, "report.html")));
        Assert.True(File.Exists(Path.Combine(output, "n_hs_vs_T.svg")));
    }

    [Fact]
    public void TheEmbeddedDemoIsTheShippedExample()
    {
        string example = File.ReadAllText(Path.Combine(RepositoryPaths.Examples, "square-hysteresis.json"));
        Assert.Equal(example, Commands.DemoCommand.EmbeddedConfig());
    }
}
