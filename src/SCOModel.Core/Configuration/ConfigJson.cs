using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SCOModel.Core.Configuration;

/// <summary>JSON conventions of SCOModel's files: camelCase names, kebab-case enum values, indented output.</summary>
public static partial class ConfigJson
{
    /// <summary>Serializer options for configs, summaries and manifests.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver
        {
            Modifiers = { WithoutSweepsInTime },
        },
    };

    /// <summary>Protocols in physical time have no sweep counts: their resolved configs do not write the base's.</summary>
    private static void WithoutSweepsInTime(System.Text.Json.Serialization.Metadata.JsonTypeInfo info)
    {
        if (typeof(Protocols.IKineticProtocol).IsAssignableFrom(info.Type))
        {
            foreach (var property in info.Properties.Where(p => p.Name is "equilibrationSweeps" or "sweepsPerPoint").ToArray())
            {
                info.Properties.Remove(property);
            }
        }
    }

    /// <summary>The kebab-case name of an enum value as configs spell it (AllToAll → all-to-all).</summary>
    public static string Name<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>
    /// Indented JSON with arrays of numbers kept on one line ("size": [64, 64], a temperature list), which is how a
    /// person writes a config and keeps run.json readable.
    /// </summary>
    public static string Format(System.Text.Json.Nodes.JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return NumberArray().Replace(node.ToJsonString(Options),
            m => "[" + string.Join(", ", m.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries)) + "]");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\[\s*(-?[\d.eE+-]+(?:\s*,\s*-?[\d.eE+-]+)*)\s*\]")]
    private static partial System.Text.RegularExpressions.Regex NumberArray();

    /// <summary>The resolved config as a JSON node (for run.json).</summary>
    public static System.Text.Json.Nodes.JsonNode ToNode(SimulationConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var node = JsonSerializer.SerializeToNode(config, Options)!;

        // A heterogeneous sample is written as the model-level fields it was read from, as a config spells them.
        if (config.Model is IsingLikeModelConfig { HeterogeneityFields: { } fields } && node["model"] is System.Text.Json.Nodes.JsonObject model)
        {
            model.Remove("heterogeneity");
            if (fields.ContainsKey("couplingBySublatticeK"))
            {
                // It replaces the uniform coupling, which the reader then refuses beside it.
                model.Remove("couplingK");
                model.Remove("couplingByDirectionK");
            }

            foreach (var (name, value) in fields)
            {
                model[name] = value?.DeepClone();
            }
        }

        return node;
    }
}
