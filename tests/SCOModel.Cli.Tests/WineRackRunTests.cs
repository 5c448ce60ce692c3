using System.Text.Json.Nodes;

namespace SCOModel.Cli.Tests;

/// <summary>
/// `sco run` on a wine-rack config: the wine-rack engine runs in mean field by default, results.csv carries the lattice
/// observables, summary.json the NLC figures, the lattice chart is written; the Monte Carlo engine and protocols in
/// physical time are refused as bad input.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class WineRackRunTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Example => Path.Combine(RepositoryPaths.Examples, "wine-rack-nlc.json");

    [Fact]
    public void TheExampleShowsNlcAlongAMaskedByThePressureInducedTransition()
    {
        string output = _temp.Sub("wine-rack");
        var outcome = Sco.Run("run", Example, "--out", output);
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.Contains("NLC along a", outcome.Out, StringComparison.Ordinal);

        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "run.json")))!;
        Assert.Equal("meanfield", manifest["engine"]!.GetValue<string>());
        Assert.Equal("wine-rack", manifest["config"]!["model"]!["kind"]!.GetValue<string>());

        var header = File.ReadLines(Path.Combine(output, "results.csv")).First().Split(',');
        foreach (string column in new[] { "a_A", "b_A", "theta_deg", "strut_A", "area_A2", "volume_A3", "k_a_per_GPa", "k_b_per_GPa" })
        {
            Assert.Contains(column, header);
            Assert.Contains(column + "_stderr", header);
        }

        var summary = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "summary.json")))!;
        Assert.NotNull(summary["p_half_up_GPa"]);
        var nlc = summary["nlc"]!;
        Assert.True(nlc["a"]!["negative"]!.GetValue<bool>());
        Assert.False(nlc["b"]!["negative"]!.GetValue<bool>());

        // The SCO window splits the NLC along a on the compression branch: below and above the transition.
        var compression = nlc["a"]!["stretches"]!.AsArray().Where(s => s!["branch"]!.GetValue<string>() == "compression").ToArray();
        Assert.Equal(2, compression.Length);
        double transition = summary["p_half_up_GPa"]!.GetValue<double>();
        Assert.True(compression[0]!["to_pressure_GPa"]!.GetValue<double>() < transition);
        Assert.True(compression[1]!["from_pressure_GPa"]!.GetValue<double>() > transition);

        Assert.True(File.Exists(Path.Combine(output, "lattice_vs_P.svg")));
        Assert.True(File.Exists(Path.Combine(output, "n_hs_vs_P.svg")));
    }

    [Fact]
    public void TheMeanFieldEngineOptionIsAccepted()
    {
        var outcome = Sco.Run("run", Example, "--engine", "meanfield", "--out", _temp.Sub("mf"));
        Assert.True(outcome.ExitCode == 0, outcome.Error);
    }

    [Fact]
    public void TheMonteCarloEngineIsRefusedNamingTheOption()
    {
        var outcome = Sco.Run("run", Example, "--engine", "mc", "--out", _temp.Sub("mc"));
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--engine", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("the wine-rack model is solved in mean field", outcome.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.Sub("mc")));
    }

    [Fact]
    public void AProtocolInPhysicalTimeIsRefused()
    {
        var root = JsonNode.Parse(File.ReadAllText(Example), documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!;
        root["protocol"] = new JsonObject { ["kind"] = "relaxation", ["temperatureK"] = 50, ["durationS"] = 3600 };
        var outcome = Sco.Run("run", _temp.File("relax.json", root.ToJsonString()), "--out", _temp.Sub("relax"));
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("$.protocol.kind", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("physical time", outcome.Error, StringComparison.Ordinal);
    }
}
