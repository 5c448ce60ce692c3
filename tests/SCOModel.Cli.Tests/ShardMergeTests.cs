using System.Text.Json.Nodes;

namespace SCOModel.Cli.Tests;

/// <summary>
/// `sco run --shard K/N` and `sco merge`: a job split into shards and merged writes byte for byte the results.csv,
/// summary.json and phase-diagram tables of the single run; shards that do not belong together, and splits a protocol
/// cannot take, are bad input.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class ShardMergeTests : IDisposable
{
    private const string Grid = """
        {
          "name": "sharded grid",
          "seed": 11,
          "model": {
            "kind": "ising-like", "deltaK": 1000, "lnG": 5, "couplingK": 60, "deltaVA3": 25,
            "lattice": { "kind": "square", "size": [8, 8] }
          },
          "protocol": {
            "kind": "phase-diagram", "pressuresGPa": [0, 0.05, 0.2],
            "fromK": 150, "toK": 290, "stepK": 20, "equilibrationSweeps": 20, "sweepsPerPoint": 40
          }
        }
        """;

    private const string Scan = """
        {
          "name": "sharded scan",
          "seed": 5,
          "model": {
            "kind": "ising-like", "deltaK": 1000, "lnG": 5, "couplingK": 60,
            "lattice": { "kind": "square", "size": [8, 8] }
          },
          "protocol": {
            "kind": "temperature-scan", "temperaturesK": [170, 185, 200, 215, 230],
            "equilibrationSweeps": 20, "sweepsPerPoint": 40
          }
        }
        """;

    private const string Loop = """
        {
          "name": "one loop",
          "model": {
            "kind": "ising-like", "deltaK": 1000, "lnG": 5, "couplingK": 60,
            "lattice": { "kind": "square", "size": [8, 8] }
          },
          "protocol": { "kind": "temperature-loop", "fromK": 150, "toK": 250, "stepK": 10,
            "equilibrationSweeps": 10, "sweepsPerPoint": 20 }
        }
        """;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void PhaseDiagramInThreeShardsMergesToTheSingleRunByteForByte()
    {
        string config = _temp.File("grid.json", Grid);
        string whole = _temp.Sub("whole");
        Ok(Sco.Run("phase-diagram", config, "--out", whole, "--threads", "2"));
        var shards = Enumerable.Range(1, 3).Select(k => _temp.Sub($"shard{k}")).ToArray();
        for (int k = 1; k <= 3; k++)
        {
            // Different thread counts per shard: the result depends on neither.
            Ok(Sco.Run("phase-diagram", config, "--shard", $"{k}/3", "--out", shards[k - 1], "--threads", $"{k}"));
        }

        var shard2 = JsonNode.Parse(File.ReadAllText(Path.Combine(shards[1], "run.json")))!;
        Assert.Equal(2, shard2["shard"]!["index"]!.GetValue<int>());
        Assert.Equal(3, shard2["shard"]!["count"]!.GetValue<int>());
        Assert.Equal([1], shard2["shard"]!["paths"]!.AsArray().Select(p => p!.GetValue<int>()));
        Assert.Equal(3, shard2["shard"]!["path_count"]!.GetValue<int>());

        // Shards in any order on the command line.
        string merged = _temp.Sub("merged");
        Ok(Sco.Run("merge", shards[2], shards[0], shards[1], "--out", merged));
        foreach (string file in new[] { "results.csv", "summary.json", "phase_diagram.csv", "phase_map.csv" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(whole, file)), File.ReadAllBytes(Path.Combine(merged, file)));
        }

        Assert.True(File.Exists(Path.Combine(merged, "report.html")));
        Assert.NotEmpty(Directory.GetFiles(merged, "*.svg"));
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(merged, "run.json")))!;
        Assert.Equal(3, manifest["merged_shards"]!.GetValue<int>());
        Assert.Null(manifest["shard"]);
        var single = JsonNode.Parse(File.ReadAllText(Path.Combine(whole, "run.json")))!;
        Assert.True(JsonNode.DeepEquals(single["config"], manifest["config"]));
        Assert.Equal(single["spin_flip_attempts"]!.GetValue<long>(), manifest["spin_flip_attempts"]!.GetValue<long>());
        Assert.Equal(single["points"]!.GetValue<int>(), manifest["points"]!.GetValue<int>());
    }

    [Fact]
    public void TemperatureScanShardsKeepTheirStreamsAndMergeToTheSingleRun()
    {
        string config = _temp.File("scan.json", Scan);
        string whole = _temp.Sub("whole");
        Ok(Sco.Run("run", config, "--out", whole));
        Ok(Sco.Run("run", config, "--shard", "1/2", "--out", _temp.Sub("a")));
        Ok(Sco.Run("run", config, "--shard", "2/2", "--out", _temp.Sub("b")));

        // Shard 2 runs temperatures 185 and 215 (paths 1 and 3), with the streams of paths 1 and 3.
        var rows = File.ReadAllLines(Path.Combine(whole, "results.csv"));
        Assert.Equal([rows[0], rows[2], rows[4]], File.ReadAllLines(Path.Combine(_temp.Sub("b"), "results.csv")));

        string merged = _temp.Sub("merged");
        Ok(Sco.Run("merge", _temp.Sub("a"), _temp.Sub("b"), "--out", merged));
        Assert.Equal(File.ReadAllBytes(Path.Combine(whole, "results.csv")), File.ReadAllBytes(Path.Combine(merged, "results.csv")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(whole, "summary.json")), File.ReadAllBytes(Path.Combine(merged, "summary.json")));
    }

    [Fact]
    public void MergeRefusesMissingDuplicateAndForeignShards()
    {
        string config = _temp.File("scan.json", Scan);
        Ok(Sco.Run("run", config, "--shard", "1/3", "--out", _temp.Sub("a")));
        Ok(Sco.Run("run", config, "--shard", "2/3", "--out", _temp.Sub("b")));
        Ok(Sco.Run("run", config, "--shard", "3/3", "--out", _temp.Sub("c")));
        Ok(Sco.Run("run", config, "--shard", "3/3", "--seed", "6", "--out", _temp.Sub("c-seed")));
        string other = _temp.File("other.json", Scan.Replace("\"couplingK\": 60", "\"couplingK\": 70", StringComparison.Ordinal));
        Ok(Sco.Run("run", other, "--shard", "3/3", "--out", _temp.Sub("c-other")));

        var missing = Sco.Run("merge", _temp.Sub("a"), _temp.Sub("c"), "--out", _temp.Sub("m1"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("shard 2/3 missing", missing.Error);

        var duplicate = Sco.Run("merge", _temp.Sub("a"), _temp.Sub("b"), _temp.Sub("b"), _temp.Sub("c"), "--out", _temp.Sub("m2"));
        Assert.Equal(2, duplicate.ExitCode);
        Assert.Contains("shard 2/3 given more than once", duplicate.Error);

        var seed = Sco.Run("merge", _temp.Sub("a"), _temp.Sub("b"), _temp.Sub("c-seed"), "--out", _temp.Sub("m3"));
        Assert.Equal(2, seed.ExitCode);
        Assert.Contains("different seed", seed.Error);

        var foreign = Sco.Run("merge", _temp.Sub("a"), _temp.Sub("b"), _temp.Sub("c-other"), "--out", _temp.Sub("m4"));
        Assert.Equal(2, foreign.ExitCode);
        Assert.Contains("different resolved config", foreign.Error);

        var notShard = Sco.Run("merge", _temp.Sub("nowhere"), "--out", _temp.Sub("m5"));
        Assert.Equal(2, notShard.ExitCode);
        Assert.Contains("does not exist", notShard.Error);
        Assert.False(Directory.Exists(_temp.Sub("m1")));
    }

    [Theory]
    [InlineData("0/2", "1 <= K <= N")]
    [InlineData("3/2", "1 <= K <= N")]
    [InlineData("two", "expected K/N")]
    public void ShardOutOfRangeIsBadInput(string shard, string message)
    {
        var outcome = Sco.Run("run", _temp.File("scan.json", Scan), "--shard", shard, "--out", _temp.Sub("out"));
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--shard", outcome.Error);
        Assert.Contains(message, outcome.Error);
        Assert.False(Directory.Exists(_temp.Sub("out")));
    }

    [Fact]
    public void SinglePathLoopCannotBeSplit()
    {
        var outcome = Sco.Run("run", _temp.File("loop.json", Loop), "--shard", "2/5", "--out", _temp.Sub("out"));
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("cannot split 1 independent path into 5 shards", outcome.Error);
        Assert.False(Directory.Exists(_temp.Sub("out")));
    }

    private static void Ok(Sco.Outcome outcome) => Assert.True(outcome.ExitCode == 0, outcome.Error);
}
