using System.Text.Json.Nodes;

namespace SCOModel.Cli.Tests;

/// <summary>`--engine meanfield` runs the same config and writes the same files, with the engine named in run.json.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class MeanFieldEngineOptionTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void TheMeanFieldEngineWritesTheSameOutputsWithExactPoints()
    {
        string output = _temp.Sub("mf");
        var outcome = Sco.Run("run", _temp.File("c.json", ExampleConfigs.Good), "--engine", "meanfield", "--out", output);
        Assert.True(outcome.ExitCode == 0, outcome.Error);

        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "run.json")))!;
        Assert.Equal("meanfield", manifest["engine"]!.GetValue<string>());
        Assert.Equal(0, manifest["spin_flip_attempts"]!.GetValue<long>());

        var rows = File.ReadAllLines(Path.Combine(output, "results.csv"));
        Assert.StartsWith("branch,temperature_K,pressure_GPa,light,time_s,n_hs,n_hs_stderr", rows[0]);
        Assert.Equal(7, rows.Length);
        Assert.All(rows.Skip(1), row => Assert.Equal("0", row.Split(',')[6]));
        Assert.Contains("--engine meanfield", File.ReadAllText(Path.Combine(output, "report.html")));
    }
}
