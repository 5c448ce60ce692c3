using System.Text.Json;
using System.Text.Json.Nodes;
using SCOModel.Core.Configuration;
using SCOModel.Core.Results;

namespace SCOModel.Cli.Commands;

/// <summary>
/// The JSON files that shards leave for <c>sco merge</c>: written atomically (a killed shard never leaves half a file),
/// read back as an object with any parse failure reported as bad input naming the file.
/// </summary>
internal static class ShardJsonFile
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Writes the object, indented, into the directory (created if missing).</summary>
    public static void Write(string directory, string fileName, JsonObject root)
    {
        Directory.CreateDirectory(directory);
        AtomicFile.WriteAllText(Path.Combine(directory, fileName), root.ToJsonString(Indented) + "\n");
    }

    /// <summary>Reads a file that must hold one JSON object.</summary>
    public static JsonObject Read(string file)
    {
        try
        {
            return JsonNode.Parse(File.ReadAllText(file)) as JsonObject ?? throw new ConfigException(file, "$", "expected a JSON object");
        }
        catch (JsonException e)
        {
            throw new ConfigException(file, "$", $"not valid JSON: {e.Message}");
        }
    }

    /// <summary>Reads a shard file and checks its "format" field.</summary>
    public static JsonObject Read(string file, string formatName)
    {
        var root = Read(file);
        if (root["format"] is not JsonValue format || !format.TryGetValue(out string? name) || name != formatName)
        {
            throw new ConfigException(file, "format", $"expected '{formatName}'");
        }

        return root;
    }
}
