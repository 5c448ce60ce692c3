using System.Text.Json.Nodes;

namespace SCOModel.Core.Tests.Configuration;

/// <summary>A small valid config as JSON, and variations of it.</summary>
public static class ConfigText
{
    public const string Minimal = """
        {
          "name": "test config",
          "seed": 7,
          "model": {
            "kind": "ising-like",
            "deltaK": 1000, "lnG": 5, "couplingK": 100,
            "lattice": { "kind": "square", "size": [8, 8], "boundary": "periodic" }
          },
          "protocol": { "kind": "temperature-loop", "fromK": 190, "toK": 210, "stepK": 5 }
        }
        """;

    /// <summary>The minimal config after an edit of its JSON tree.</summary>
    public static string With(Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(Minimal)!.AsObject();
        edit(root);
        return root.ToJsonString();
    }

    public static JsonObject Model(this JsonObject root) => root["model"]!.AsObject();

    public static JsonObject Lattice(this JsonObject root) => root["model"]!["lattice"]!.AsObject();

    public static JsonObject Protocol(this JsonObject root) => root["protocol"]!.AsObject();
}
