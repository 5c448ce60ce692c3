using System.Text.Json.Nodes;

namespace SCOModel.Cli.Tests;

/// <summary>`sco run CONFIG --out DIR` writes results.csv, summary.json and run.json (DESIGN.md "Outputs").</summary>
[Collection(ConsoleCollection.Name)]
public sealed class RunCommandOutputTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private (Sco.Outcome Outcome, string Out) RunGood(params string[] extra)
    {
        string config = _temp.File("example.json", ExampleConfigs.Good);
        string output = _temp.Sub("out");
        var outcome = Sco.Run(["run", config, "--out", output, .. extra]);
        Assert.True(outcome.ExitCode == 0, $"exit {outcome.ExitCode}: {outcome.Error}");
        return (outcome, output);
    }

    [Fact]
    public void ResultsCsvHasTheContractColumnsAndOneRowPerPoint()
    {
        var (_, output) = RunGood();
        var lines = File.ReadAllLines(Path.Combine(output, "results.csv"));
        Assert.StartsWith("branch,temperature_K,pressure_GPa,light,time_s,n_hs,n_hs_stderr", lines[0], StringComparison.Ordinal);
        Assert.Equal(1 + 6, lines.Length);
        Assert.Equal(
            ["heating", "heating", "heating", "cooling", "cooling", "cooling"],
            lines.Skip(1).Select(l => l.Split(',')[0]));
        Assert.Equal(["190", "200", "210", "210", "200", "190"], lines.Skip(1).Select(l => l.Split(',')[1]));
        foreach (var line in lines.Skip(1))
        {
            double nHs = double.Parse(line.Split(',')[5], System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(nHs, 0, 1);
        }
    }

    [Fact]
    public void SummaryJsonHasTheDerivedFigures()
    {
        var (_, output) = RunGood();
        var summary = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "summary.json")))!.AsObject();
        foreach (string key in new[] { "t_half_up_K", "t_half_down_K", "t_half_K", "hysteresis_width_K", "t_mid_up_K", "t_mid_down_K" })
        {
            Assert.True(summary.ContainsKey(key), $"summary.json lacks {key}");
        }
    }

    [Fact]
    public void RunJsonIsTheManifest()
    {
        var (outcome, output) = RunGood("--threads", "2");
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "run.json")))!.AsObject();
        foreach (string key in new[] { "config", "seed", "threads", "version", "wall_seconds", "attempts_per_second", "engine" })
        {
            Assert.True(manifest.ContainsKey(key), $"run.json lacks {key}");
        }

        Assert.Equal(9UL, manifest["seed"]!.GetValue<ulong>());
        Assert.Equal(2, manifest["threads"]!.GetValue<int>());
        Assert.Equal("mc", manifest["engine"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(manifest["version"]!.GetValue<string>()));
        Assert.True(manifest["wall_seconds"]!.GetValue<double>() >= 0);
        Assert.True(manifest["attempts_per_second"]!.GetValue<double>() > 0);
        Assert.Equal("cli test loop", manifest["config"]!["name"]!.GetValue<string>());
        Assert.Equal("square", manifest["config"]!["model"]!["lattice"]!["kind"]!.GetValue<string>());

        // Progress and the summary go to the terminal, never into the output files.
        Assert.Contains("results.csv", outcome.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void OutputDirectoryHoldsOnlyTheOutputs()
    {
        var (_, output) = RunGood();
        var names = Directory.GetFiles(output).Select(Path.GetFileName).Order().ToArray();
        Assert.Contains("results.csv", names);
        Assert.Contains("summary.json", names);
        Assert.Contains("run.json", names);
        Assert.DoesNotContain(names, n => n!.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void SeedOptionOverridesTheConfigSeed()
    {
        var (_, output) = RunGood("--seed", "123");
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "run.json")))!.AsObject();
        Assert.Equal(123UL, manifest["seed"]!.GetValue<ulong>());
        Assert.Equal(123UL, manifest["config"]!["seed"]!.GetValue<ulong>());
    }

    [Fact]
    public void ThreadCountDoesNotChangeTheResults()
    {
        string config = _temp.File("example.json", ExampleConfigs.Good);
        Assert.Equal(0, Sco.Run("run", config, "--out", _temp.Sub("one"), "--threads", "1").ExitCode);
        Assert.Equal(0, Sco.Run("run", config, "--out", _temp.Sub("three"), "--threads", "3").ExitCode);
        Assert.Equal(
            File.ReadAllText(Path.Combine(_temp.Sub("one"), "results.csv")),
            File.ReadAllText(Path.Combine(_temp.Sub("three"), "results.csv")));
    }

    [Fact]
    public void DifferentSeedChangesTheResults()
    {
        string config = _temp.File("example.json", ExampleConfigs.Good);
        Assert.Equal(0, Sco.Run("run", config, "--out", _temp.Sub("a"), "--seed", "1").ExitCode);
        Assert.Equal(0, Sco.Run("run", config, "--out", _temp.Sub("b"), "--seed", "2").ExitCode);
        Assert.NotEqual(
            File.ReadAllText(Path.Combine(_temp.Sub("a"), "results.csv")),
            File.ReadAllText(Path.Combine(_temp.Sub("b"), "results.csv")));
    }

    [Fact]
    public void ExplicitMonteCarloEngineIsAccepted()
    {
        var (_, output) = RunGood("--engine", "mc");
        Assert.True(File.Exists(Path.Combine(output, "results.csv")));
    }
}
