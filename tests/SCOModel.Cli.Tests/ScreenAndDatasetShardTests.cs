using System.Globalization;

namespace SCOModel.Cli.Tests;

/// <summary>
/// `sco screen --shard K/N` and `sco dataset generate --shard K/N` with `sco merge`: the shards of a job, merged in any
/// order, write byte for byte the files of the single run; a shard set that is not one whole job is bad input (exit 2,
/// nothing written).
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class ScreenAndDatasetShardTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void DatasetShardsMergedOutOfOrderAreTheSingleRunByteForByte()
    {
        string whole = _temp.Sub("whole.csv");
        Ok(Sco.Run("dataset", "generate", "--samples", "47", "--seed", "5", "--out", whole));
        var shards = Enumerable.Range(1, 4).Select(k => _temp.Sub($"d{k}")).ToArray();
        for (int k = 1; k <= 4; k++)
        {
            Ok(Sco.Run("dataset", "generate", "--samples", "47", "--seed", "5", "--shard", $"{k}/4", "--out", shards[k - 1]));
        }

        string merged = _temp.Sub("merged");
        Ok(Sco.Run("merge", shards[3], shards[1], shards[0], shards[2], "--out", merged));
        string mergedCsv = Path.Combine(merged, "surrogate-sco.csv");
        Assert.Equal(File.ReadAllBytes(whole), File.ReadAllBytes(mergedCsv));

        // The rows are physics, not just the same bytes: T1/2 = ΔH/ΔS (PHYSICS.md §2) from the table's own columns,
        // within the rounding of the printed ΔH (3 decimals), ΔS (3) and T1/2 (2).
        var lines = File.ReadAllLines(mergedCsv);
        Assert.Equal(48, lines.Length);
        foreach (string line in lines.Skip(1))
        {
            var cells = line.Split(',');
            double dH = double.Parse(cells[5], CultureInfo.InvariantCulture);
            double dS = double.Parse(cells[6], CultureInfo.InvariantCulture);
            double tHalf = double.Parse(cells[8], CultureInfo.InvariantCulture);
            Assert.True(Math.Abs(tHalf - (1000 * dH / dS)) < 0.02, line);
        }
    }

    [Fact]
    public void ScreenShardsMergedOutOfOrderAreTheSingleRunByteForByte()
    {
        var (model, width, candidates) = ModelsAndCandidates();
        string[] screen = ["screen", model, candidates, "--window", "200:330", "--min-width", "2", "--width-model", width];
        string single = _temp.Sub("single");
        Ok(Sco.Run([.. screen, "--out", Path.Combine(single, "cand-screen.csv")]));
        var shards = Enumerable.Range(1, 3).Select(k => _temp.Sub($"s{k}")).ToArray();
        for (int k = 1; k <= 3; k++)
        {
            Ok(Sco.Run([.. screen, "--shard", $"{k}/3", "--out", shards[k - 1]]));
        }

        string merged = _temp.Sub("merged");
        Ok(Sco.Run("merge", shards[2], shards[0], shards[1], "--out", merged));
        var expected = Directory.GetFiles(single).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, Directory.GetFiles(merged).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray());
        Assert.Contains("cand-screen.csv", expected);
        Assert.Contains("cand-screen.svg", expected);
        foreach (string file in expected)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(single, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(merged, file))), file);
        }

        // Every candidate ranked once: 31 rows, ranks 1..31.
        var ranked = File.ReadAllLines(Path.Combine(merged, "cand-screen.csv")).Skip(1).ToArray();
        Assert.Equal(31, ranked.Length);
        Assert.Equal(Enumerable.Range(2, 31), ranked.Select(l => int.Parse(l.Split(',')[1], CultureInfo.InvariantCulture)).Order());
    }

    [Fact]
    public void ShardSetsThatAreNotOneWholeJobExitTwoAndWriteNothing()
    {
        string[] D(int seed, int k, int n)
        {
            string dir = _temp.Sub($"seed{seed}-{k}-of-{n}");
            Ok(Sco.Run("dataset", "generate", "--samples", "10", "--seed", seed.ToString(CultureInfo.InvariantCulture),
                "--shard", $"{k}/{n}", "--out", dir));
            return [dir];
        }

        var one = D(1, 1, 3);
        var two = D(1, 2, 3);
        var three = D(1, 3, 3);
        string merged = _temp.Sub("merged");

        BadMerge("shard 3/3 missing", [.. one, .. two]);
        BadMerge("shard 2/3 given more than once", [.. one, .. two, .. two, .. three]);
        BadMerge("different seed", [.. one, .. D(2, 2, 3), .. three]);
        BadMerge("different shard count", [.. one, .. D(1, 2, 2)]);

        // A screen shard among dataset shards.
        var (model, _, candidates) = ModelsAndCandidates();
        string screenShard = _temp.Sub("screen-1");
        Ok(Sco.Run("screen", model, candidates, "--window", "200:330", "--shard", "1/2", "--out", screenShard));
        BadMerge("is a shard of 'sco screen'", [.. one, screenShard]);

        // An edited shard: its rows are not the ones the deal gives it.
        string edited = _temp.Sub("edited");
        Directory.CreateDirectory(edited);
        File.WriteAllText(Path.Combine(edited, "dataset-shard.json"),
            File.ReadAllText(Path.Combine(two[0], "dataset-shard.json")).Replace("\"2,", "\"3,", StringComparison.Ordinal));
        BadMerge("expected the row with id 2", [.. one, edited, .. three]);

        // Edited shard numbers: a count of 0 or an index beyond the count (once a division by zero).
        foreach (var (from, to) in new[] { ("\"count\": 3", "\"count\": 0"), ("\"index\": 2", "\"index\": 7") })
        {
            string renumbered = _temp.Sub($"renumbered-{to.Split(' ')[1]}");
            Directory.CreateDirectory(renumbered);
            string text = File.ReadAllText(Path.Combine(two[0], "dataset-shard.json"));
            Assert.Contains(from, text, StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(renumbered, "dataset-shard.json"), text.Replace(from, to, StringComparison.Ordinal));
            BadMerge("is not a shard K/N with 1 ≤ K ≤ N", [.. one, renumbered, .. three]);
        }

        // More shards than rows or candidates.
        var tooMany = Sco.Run("dataset", "generate", "--samples", "3", "--shard", "1/4", "--out", _temp.Sub("x"));
        Assert.Equal(2, tooMany.ExitCode);
        Assert.Contains("cannot split 3 rows into 4 shards", tooMany.Error, StringComparison.Ordinal);
        var badSpec = Sco.Run("screen", model, candidates, "--window", "200:330", "--shard", "4/3", "--out", _temp.Sub("y"));
        Assert.Equal(2, badSpec.ExitCode);
        Assert.Contains("--shard", badSpec.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.Sub("x")));
        Assert.False(Directory.Exists(_temp.Sub("y")));

        void BadMerge(string message, string[] directories)
        {
            var outcome = Sco.Run(["merge", .. directories, "--out", merged]);
            Assert.True(outcome.ExitCode == 2, $"exit {outcome.ExitCode}: {outcome.Out} {outcome.Error}");
            Assert.Contains(message, outcome.Error, StringComparison.Ordinal);
            Assert.False(Directory.Exists(merged), "a refused merge writes nothing");
        }
    }

    /// <summary>Ridge models of T1/2 and of the width trained on a small synthetic set, and 31 candidates to screen.</summary>
    private (string Model, string Width, string Candidates) ModelsAndCandidates()
    {
        string data = _temp.Sub("train.csv");
        Ok(Sco.Run("dataset", "generate", "--samples", "40", "--seed", "3", "--out", data));
        string model = _temp.Sub("model");
        string width = _temp.Sub("width");
        Ok(Sco.Run("ml", "train", data, "--target", "T_half_K", "--model", "ridge", "--features", "mean_d_A,sigma_deg,anion",
            "--folds", "3", "--out", model));
        Ok(Sco.Run("ml", "train", data, "--target", "hysteresis_K", "--model", "ridge", "--features", "mean_d_A,sigma_deg,anion",
            "--folds", "3", "--out", width));
        string candidates = _temp.Sub("cand.csv");
        Ok(Sco.Run("dataset", "generate", "--samples", "31", "--seed", "9", "--out", candidates));
        return (model, width, candidates);
    }

    private static void Ok(Sco.Outcome outcome) =>
        Assert.True(outcome.ExitCode == 0, $"exit {outcome.ExitCode}: {outcome.Out} {outcome.Error}");
}
