using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SCOModel.Core.Configuration;

/// <summary>JSON conventions of SCOModel's files: camelCase names, kebab-case enum values, indented output.</summary>
public static class ConfigJson
{
    /// <summary>Serializer options for configs, summaries and manifests.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>The kebab-case name of an enum value as configs spell it (AllToAll → all-to-all).</summary>
    public static string Name<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>The resolved config as a JSON node (for run.json).</summary>
    public static System.Text.Json.Nodes.JsonNode ToNode(SimulationConfig config) =>
        JsonSerializer.SerializeToNode(config, Options)!;
}
