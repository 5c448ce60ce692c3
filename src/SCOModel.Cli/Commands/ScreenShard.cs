using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using SCOModel.Core.Configuration;
using SCOModel.Core.Results;
using SCOModel.Learning.Regressors;

namespace SCOModel.Cli.Commands;

/// <summary>
/// The file a shard of `sco screen --shard K/N` leaves in its directory: what was screened (the SHA-256 of the
/// candidates file and of each model.json, the window, the least width), the shard's place in the job, and its rows,
/// unranked, with every number written to round-trip exactly (so the merged ranking and chart are the single run's
/// byte for byte). It is the shard's only file, written atomically, so a directory holding it is complete.
/// </summary>
internal sealed record ScreenShard(
    string Directory,
    string Version,
    int Index,
    int Count,
    int RowCount,
    string CandidatesFile,
    string CandidatesSha256,
    string ModelSha256,
    string? WidthModelSha256,
    ScreenRanking Ranking,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<(int Row, ScreenedCandidate Candidate)> Rows)
{
    /// <summary>The file name in a shard directory.</summary>
    public const string FileName = "screen-shard.json";

    private const string FormatName = "scomodel-screen-shard";

    /// <summary>The name of the ranking CSV a single run writes by default, which the merge writes.</summary>
    public string RankingFile => Path.GetFileNameWithoutExtension(CandidatesFile) + "-screen.csv";

    /// <summary>The hex SHA-256 of a file's bytes: shards of one job screened the same files.</summary>
    public static string Sha256Of(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    /// <summary>Writes the shard's file into <see cref="Directory"/>.</summary>
    public void Write()
    {
        var root = new JsonObject
        {
            ["format"] = FormatName,
            ["version"] = Version,
            ["shard"] = new JsonObject { ["index"] = Index, ["count"] = Count, ["row_count"] = RowCount },
            ["candidates"] = new JsonObject { ["file"] = CandidatesFile, ["sha256"] = CandidatesSha256 },
            ["model"] = new JsonObject { ["sha256"] = ModelSha256, ["target"] = Ranking.Target },
            ["width_model"] = WidthModelSha256 is null ? null
                : new JsonObject { ["sha256"] = WidthModelSha256, ["target"] = Ranking.WidthTarget },
            ["name_column"] = Ranking.NameColumn,
            ["window"] = new JsonArray(Exact(Ranking.Low), Exact(Ranking.High)),
            ["min_width"] = Ranking.MinWidth is double w ? Exact(w) : null,
            ["warnings"] = new JsonArray(Warnings.Select(x => (JsonNode?)x).ToArray()),
            ["rows"] = new JsonArray(Rows.Select(r => (JsonNode?)RowJson(r.Row, r.Candidate)).ToArray()),
        };
        ShardJsonFile.Write(Directory, FileName, root);
    }

    /// <summary>Reads the shard file of a directory; anything missing or malformed is bad input naming the file.</summary>
    public static ScreenShard Read(string directory)
    {
        string file = Path.Combine(directory, FileName);
        var root = ShardJsonFile.Read(file, FormatName);
        try
        {
            var shard = root["shard"]!.AsObject();
            var ranking = new ScreenRanking(
                root["model"]!["target"]!.GetValue<string>(),
                root["width_model"]?["target"]?.GetValue<string>(),
                root["name_column"]?.GetValue<string>(),
                Number(root["window"]![0]),
                Number(root["window"]![1]),
                root["min_width"] is JsonNode m ? Number(m) : null);
            var rows = root["rows"]!.AsArray().Select(r =>
            {
                var row = r!.AsObject();
                Prediction? width = row["width_mean"] is JsonNode wm ? new Prediction(Number(wm), Number(row["width_variance"])) : null;
                return (row["row"]!.GetValue<int>(), new ScreenedCandidate(
                    row["line"]!.GetValue<int>(),
                    row["name"]!.GetValue<string>(),
                    new Prediction(Number(row["mean"]), Number(row["variance"])),
                    Number(row["p_window"]),
                    width,
                    row["p_width"] is JsonNode pw ? Number(pw) : null,
                    Number(row["probability"])));
            }).ToArray();
            return new ScreenShard(
                directory,
                root["version"]!.GetValue<string>(),
                shard["index"]!.GetValue<int>(),
                shard["count"]!.GetValue<int>(),
                shard["row_count"]!.GetValue<int>(),
                root["candidates"]!["file"]!.GetValue<string>(),
                root["candidates"]!["sha256"]!.GetValue<string>(),
                root["model"]!["sha256"]!.GetValue<string>(),
                root["width_model"]?["sha256"]?.GetValue<string>(),
                ranking,
                root["warnings"]?.AsArray().Select(w => w!.GetValue<string>()).ToArray() ?? [],
                rows);
        }
        catch (Exception e) when (e is NullReferenceException or InvalidOperationException or FormatException
            or ArgumentException or IndexOutOfRangeException)
        {
            throw new ConfigException(file, "$",
                $"not a shard file written by 'sco screen --shard K/N' ({e.Message}); was it edited?");
        }
    }

    /// <summary>
    /// Checks that the shards are those of one job (same program version, inputs and question; shards 1..N each once,
    /// each with the rows the deal gives it) and returns all candidates; anything else is bad input.
    /// </summary>
    public static IReadOnlyList<ScreenedCandidate> Merge(IReadOnlyList<ScreenShard> shards)
    {
        var first = shards[0];
        foreach (var shard in shards.Skip(1))
        {
            string? differs = shard.Version != first.Version ? "program version"
                : shard.CandidatesSha256 != first.CandidatesSha256 || shard.CandidatesFile != first.CandidatesFile ? "candidates file"
                : shard.ModelSha256 != first.ModelSha256 ? "model"
                : shard.WidthModelSha256 != first.WidthModelSha256 ? "width model"
                : shard.Ranking != first.Ranking ? "window, least width or name column"
                : shard.RowCount != first.RowCount ? "number of candidates"
                : null;
            if (differs is not null)
            {
                throw new ConfigException(Path.Combine(shard.Directory, FileName), "$",
                    $"shard {shard.Index}/{shard.Count} ({shard.Directory}) does not belong with shard {first.Index}/{first.Count} " +
                    $"({first.Directory}): different {differs}; merge only the shards of one 'sco screen --shard K/N' job");
            }
        }

        ShardCoverage.Check(shards.Select(s => new ShardCoverage.Member(s.Index, s.Count, s.Directory)).ToArray(), "'sco screen --shard K/N'");
        foreach (var shard in shards)
        {
            var expected = ShardSpec.Deal(shard.Index, shard.Count, shard.RowCount);
            if (!shard.Rows.Select(r => r.Row).SequenceEqual(expected))
            {
                throw new ConfigException(Path.Combine(shard.Directory, FileName), "rows",
                    $"shard {shard.Index}/{shard.Count} does not hold the candidates the deal gives it ({shard.RowCount} candidates): " +
                    "it was not written by this version's 'sco screen --shard' or was edited");
            }
        }

        return shards.SelectMany(s => s.Rows).OrderBy(r => r.Row).Select(r => r.Candidate).ToArray();
    }

    private static JsonObject RowJson(int row, ScreenedCandidate c)
    {
        var json = new JsonObject
        {
            ["row"] = row,
            ["line"] = c.Line,
            ["name"] = c.Name,
            ["mean"] = Exact(c.Prediction.Mean),
            ["variance"] = Exact(c.Prediction.Variance),
            ["p_window"] = Exact(c.WindowProbability),
        };
        if (c.Width is Prediction w)
        {
            json["width_mean"] = Exact(w.Mean);
            json["width_variance"] = Exact(w.Variance);
        }

        if (c.WidthProbability is double p)
        {
            json["p_width"] = Exact(p);
        }

        json["probability"] = Exact(c.Probability);
        return json;
    }

    /// <summary>A number as its round-trip text ("R"), so that NaN survives and the merge sees the same bits.</summary>
    private static JsonNode Exact(double value) => JsonValue.Create(value.ToString("R", CultureInfo.InvariantCulture));

    private static double Number(JsonNode? node) =>
        double.Parse(node!.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture);
}
