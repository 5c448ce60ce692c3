using System.Text.Json.Nodes;

namespace SCOModel.Core.Results;

/// <summary>
/// Which part of a protocol a shard ran (run.json's <c>shard</c>): shard <see cref="Index"/> of <see cref="Count"/>,
/// the original 0-based indices of its paths, and how many paths the whole protocol has.
/// </summary>
public sealed record ShardManifest(int Index, int Count, IReadOnlyList<int> Paths, int PathCount)
{
    /// <summary>The manifest as run.json writes it.</summary>
    public JsonObject ToJson() => new()
    {
        ["index"] = Index,
        ["count"] = Count,
        ["paths"] = new JsonArray(Paths.Select(p => (JsonNode?)JsonValue.Create(p)).ToArray()),
        ["path_count"] = PathCount,
    };

    /// <summary>Reads run.json's <c>shard</c>; null when it is missing or malformed.</summary>
    public static ShardManifest? FromJson(JsonNode? node)
    {
        try
        {
            if (node is not JsonObject shard || shard["paths"] is not JsonArray paths)
            {
                return null;
            }

            return new ShardManifest(
                shard["index"]!.GetValue<int>(),
                shard["count"]!.GetValue<int>(),
                paths.Select(p => p!.GetValue<int>()).ToArray(),
                shard["path_count"]!.GetValue<int>());
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or NullReferenceException)
        {
            return null;
        }
    }
}
