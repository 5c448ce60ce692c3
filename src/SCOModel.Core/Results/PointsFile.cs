using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SCOModel.Core.Configuration;
using SCOModel.Core.Protocols;

namespace SCOModel.Core.Results;

/// <summary>
/// points.json: a shard's points, path by path, with every double exactly as computed (round-trip text; NaN and the
/// infinities as strings), so that `sco merge` rebuilds the very <see cref="PointResult"/>s of a single run. results.csv
/// is for people and plots; this file is for the merge.
/// </summary>
public static class PointsFile
{
    public const string FileName = "points.json";

    /// <summary>The text of points.json: one entry per path, its original index and its points in visiting order.</summary>
    public static string Format(IReadOnlyList<int> pathIndices, IReadOnlyList<IReadOnlyList<PointResult>> pathPoints)
    {
        ArgumentNullException.ThrowIfNull(pathIndices);
        ArgumentNullException.ThrowIfNull(pathPoints);
        var paths = new JsonArray();
        for (int k = 0; k < pathIndices.Count; k++)
        {
            paths.Add(new JsonObject
            {
                ["path"] = pathIndices[k],
                ["points"] = new JsonArray(pathPoints[k].Select(p => (JsonNode?)ToJson(p)).ToArray()),
            });
        }

        return new JsonObject { ["format"] = 1, ["paths"] = paths }.ToJsonString(new JsonSerializerOptions { WriteIndented = false }) + "\n";
    }

    /// <summary>Reads points.json: original path index → its points; <paramref name="source"/> names it in errors.</summary>
    public static IReadOnlyDictionary<int, IReadOnlyList<PointResult>> Parse(string json, string source)
    {
        try
        {
            var root = JsonNode.Parse(json) ?? throw new FormatException("empty file");
            var result = new Dictionary<int, IReadOnlyList<PointResult>>();
            foreach (var path in root["paths"]!.AsArray())
            {
                int index = path!["path"]!.GetValue<int>();
                if (!result.TryAdd(index, path["points"]!.AsArray().Select(p => FromJson(p!)).ToArray()))
                {
                    throw new FormatException($"path {index} appears twice");
                }
            }

            return result;
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or NullReferenceException
                                      or ArgumentException or KeyNotFoundException)
        {
            throw new ConfigException(source, "points", $"not a points file written by sco run --shard: {e.Message}");
        }
    }

    private static JsonObject ToJson(PointResult p)
    {
        var json = new JsonObject
        {
            ["branch"] = ConfigJson.Name(p.Branch),
            ["t"] = Number(p.Point.TemperatureK),
            ["p"] = Number(p.Point.PressureGPa),
            ["light"] = Number(p.Point.Light),
            ["time"] = p.Point.TimeS is double time ? Number(time) : null,
            ["n_hs"] = Pair(p.NHs),
            ["energy"] = Pair(p.EnergyPerSiteK),
            ["nn"] = Pair(p.NearestNeighbourCorrelation),
            ["tau_n_hs"] = Number(p.NHsTauIntSweeps),
            ["tau_energy"] = Number(p.EnergyTauIntSweeps),
            ["converged"] = p.ErrorBarsConverged,
        };
        if (p.Observables.Items.Count > 0)
        {
            json["observables"] = new JsonArray(p.Observables.Items
                .Select(i => (JsonNode?)new JsonArray(i.Name, Number(i.Value.Mean), Number(i.Value.StdErr))).ToArray());
        }

        return json;
    }

    private static PointResult FromJson(JsonNode json)
    {
        var observables = json["observables"] is JsonArray items
            ? new ModelObservables(items.Select(i => (i![0]!.GetValue<string>(), new Estimate(Value(i[1]), Value(i[2])))).ToArray())
            : ModelObservables.None;
        return new PointResult(
            Branches[json["branch"]!.GetValue<string>()],
            new ControlPoint(Value(json["t"]), Value(json["p"]), Value(json["light"]), json["time"] is { } time ? Value(time) : null),
            PairOf(json["n_hs"]),
            PairOf(json["energy"]),
            PairOf(json["nn"]))
        {
            NHsTauIntSweeps = Value(json["tau_n_hs"]),
            EnergyTauIntSweeps = Value(json["tau_energy"]),
            ErrorBarsConverged = json["converged"]!.GetValue<bool>(),
            Observables = observables,
        };
    }

    private static readonly Dictionary<string, Branch> Branches =
        Enum.GetValues<Branch>().ToDictionary(b => ConfigJson.Name(b));

    private static JsonArray Pair(Estimate e) => new(Number(e.Mean), Number(e.StdErr));

    private static Estimate PairOf(JsonNode? node) => new(Value(node![0]), Value(node[1]));

    // Round-trip text: "R" gives the shortest string that parses back to the same bits, and names NaN and ±∞.
    private static JsonNode Number(double value) => JsonValue.Create(value.ToString("R", CultureInfo.InvariantCulture));

    private static double Value(JsonNode? node) =>
        double.Parse(node!.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture);
}
