using System.CommandLine;
using System.Globalization;
using SCOModel.Core.Configuration;
using SCOModel.Core.Results;
using SCOModel.Learning.Datasets;

namespace SCOModel.Cli.Commands;

/// <summary>
/// `sco dataset generate --samples N`: a synthetic surrogate training set, descriptors mapped (by an invented,
/// documented rule) to ΔH, ΔS, Γ, then run through the mean-field physics for T1/2 and the loop width
/// (<see cref="SurrogateDataset"/>). With <c>--shard K/N</c> it computes only the rows dealt to shard K, into a shard
/// directory for `sco merge` (<see cref="DatasetShard"/>).
/// </summary>
internal static class DatasetCommand
{
    public static Command Create()
    {
        var samples = new Option<int>("--samples") { Description = "Number of rows", Required = true };
        var seed = new Option<int?>("--seed") { Description = "Seed (default 1): the same seed gives the same table" };
        var output = new Option<string?>("--out")
        {
            Description = $"The CSV (default: out/{DatasetShard.DatasetFile}); with --shard, the shard directory " +
                "(default: out/surrogate-sco-K-of-N)",
        };
        var shardOption = new Option<string?>("--shard")
        {
            Description = "Generate only shard K of N (K/N, 1 <= K <= N): row i goes to shard (i mod N) + 1 with the random " +
                "numbers it has in the single run; combine the shard directories with 'sco merge' into the single run's CSV",
        };
        var generate = new Command("generate",
            "A SYNTHETIC surrogate dataset: descriptor-like features → ΔH, ΔS, Γ → mean-field T1/2 and hysteresis width")
        {
            samples, seed, output, shardOption,
        };
        generate.SetAction(parse => CommandGuard.Run(() =>
        {
            int n = parse.GetValue(samples);
            if (n is < 1 or > 1_000_000)
            {
                throw new ConfigException("command line", "--samples", $"{n} is out of range; expected 1 to 1000000");
            }

            int seedValue = parse.GetValue(seed) ?? 1;
            if (parse.GetValue(shardOption) is { } shardText)
            {
                var shard = ShardSpec.Parse(shardText);
                var rows = ShardRows.Of(shard, n, "rows");
                string directory = Path.GetFullPath(parse.GetValue(output)
                    ?? Path.Combine("out", $"surrogate-sco-{shard.Index}-of-{shard.Count}"));
                var part = SurrogateDataset.Generate(n, seedValue, rows);
                new DatasetShard(directory, RunManifest.ProgramVersion, n, seedValue, shard.Index, shard.Count,
                    SurrogateDataset.Header, part.Select(SurrogateDataset.FormatRow).ToArray()).Write();
                Console.WriteLine($"Wrote shard {shard} of the synthetic dataset ({rows.Count} of {n} rows): " +
                    $"{DatasetShard.FileName} to {directory}");
                Console.WriteLine($"  combine the {shard.Count} shard directories with 'sco merge DIR... --out DIR'");
                return ExitCodes.Success;
            }

            string path = Path.GetFullPath(parse.GetValue(output) ?? Path.Combine("out", DatasetShard.DatasetFile));
            var all = SurrogateDataset.Generate(n, seedValue);
            AtomicFile.WriteAllText(path, SurrogateDataset.Format(all));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Generated {n} synthetic compounds ({all.Count(r => r.HysteresisK > 0)} with hysteresis); wrote {path}"));
            return ExitCodes.Success;
        }));
        return new Command("dataset", "Datasets for learning") { generate };
    }
}
