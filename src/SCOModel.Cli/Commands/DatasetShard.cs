using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SCOModel.Core.Configuration;
using SCOModel.Core.Results;
using SCOModel.Learning.Datasets;

namespace SCOModel.Cli.Commands;

/// <summary>
/// The file a shard of `sco dataset generate --shard K/N` leaves in its directory: the job (program version, samples,
/// seed), the shard's place in it, and the CSV lines of its rows exactly as the single run writes them (each row's
/// line depends on that row alone, <see cref="SurrogateDataset.FormatRow"/>). It is the shard's only file, written
/// atomically, so a directory holding it is complete.
/// </summary>
internal sealed record DatasetShard(string Directory, string Version, int Samples, int Seed, int Index, int Count,
    string Header, IReadOnlyList<string> Lines)
{
    /// <summary>The file name in a shard directory.</summary>
    public const string FileName = "dataset-shard.json";

    /// <summary>The name of the CSV a single run writes by default, which the merge writes.</summary>
    public const string DatasetFile = "surrogate-sco.csv";

    private const string FormatName = "scomodel-dataset-shard";

    /// <summary>Writes the shard's file into <see cref="Directory"/>.</summary>
    public void Write()
    {
        var root = new JsonObject
        {
            ["format"] = FormatName,
            ["version"] = Version,
            ["samples"] = Samples,
            ["seed"] = Seed,
            ["shard"] = new JsonObject { ["index"] = Index, ["count"] = Count },
            ["header"] = Header,
            ["lines"] = new JsonArray(Lines.Select(l => (JsonNode?)l).ToArray()),
        };
        ShardJsonFile.Write(Directory, FileName, root);
    }

    /// <summary>Reads the shard file of a directory; anything missing or malformed is bad input naming the file.</summary>
    public static DatasetShard Read(string directory)
    {
        string file = Path.Combine(directory, FileName);
        var root = ShardJsonFile.Read(file, FormatName);
        try
        {
            return new DatasetShard(
                directory,
                root["version"]!.GetValue<string>(),
                root["samples"]!.GetValue<int>(),
                root["seed"]!.GetValue<int>(),
                root["shard"]!["index"]!.GetValue<int>(),
                root["shard"]!["count"]!.GetValue<int>(),
                root["header"]!.GetValue<string>(),
                root["lines"]!.AsArray().Select(l => l!.GetValue<string>()).ToArray());
        }
        catch (Exception e) when (e is NullReferenceException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw new ConfigException(file, "$",
                $"not a shard file written by 'sco dataset generate --shard K/N' ({e.Message}); was it edited?");
        }
    }

    /// <summary>
    /// Checks that the shards are those of one job (same program version, samples and seed; shards 1..N each once, each
    /// with the rows the deal gives it) and returns the single run's CSV; anything else is bad input.
    /// </summary>
    public static string Merge(IReadOnlyList<DatasetShard> shards)
    {
        var first = shards[0];
        foreach (var shard in shards.Skip(1))
        {
            string? differs = shard.Version != first.Version ? "program version"
                : shard.Samples != first.Samples ? "number of samples"
                : shard.Seed != first.Seed ? "seed"
                : shard.Header != first.Header ? "columns"
                : null;
            if (differs is not null)
            {
                throw new ConfigException(Path.Combine(shard.Directory, FileName), "$",
                    $"shard {shard.Index}/{shard.Count} ({shard.Directory}) does not belong with shard {first.Index}/{first.Count} " +
                    $"({first.Directory}): different {differs}; merge only the shards of one 'sco dataset generate --shard K/N' job");
            }
        }

        ShardCoverage.Check(shards.Select(s => new ShardCoverage.Member(s.Index, s.Count, s.Directory)).ToArray(),
            "'sco dataset generate --shard K/N'");
        var lines = new string[first.Samples];
        foreach (var shard in shards)
        {
            var rows = ShardSpec.Deal(shard.Index, shard.Count, shard.Samples);
            if (shard.Lines.Count != rows.Length)
            {
                throw new ConfigException(Path.Combine(shard.Directory, FileName), "lines",
                    $"shard {shard.Index}/{shard.Count} holds {shard.Lines.Count} rows; the deal gives it {rows.Length} of {shard.Samples}");
            }

            for (int i = 0; i < rows.Length; i++)
            {
                // The id (1-based) leads every line: it must be the row the deal gives this place.
                string id = (rows[i] + 1).ToString(CultureInfo.InvariantCulture);
                if (!shard.Lines[i].StartsWith(id + ",", StringComparison.Ordinal))
                {
                    throw new ConfigException(Path.Combine(shard.Directory, FileName), $"lines[{i}]",
                        $"expected the row with id {id}; the shard was not written by this version's 'sco dataset generate --shard' or was edited");
                }

                lines[rows[i]] = shard.Lines[i];
            }
        }

        var text = new StringBuilder(first.Header).Append('\n');
        foreach (string line in lines)
        {
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }
}
