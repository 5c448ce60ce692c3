using System.Text.Json.Nodes;

namespace SCOModel.Learning.Regressors;

/// <summary>Numbers and matrices to and from JSON arrays, for the models' persisted state.</summary>
internal static class JsonArrays
{
    public static JsonArray Of(IEnumerable<double> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    public static JsonArray Of(IEnumerable<int> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    public static JsonArray Of(IEnumerable<double[]> rows) => new(rows.Select(r => (JsonNode?)Of(r)).ToArray());

    public static double[] Doubles(JsonNode? node, string name) =>
        (node as JsonArray ?? throw new FormatException($"'{name}' is not an array"))
        .Select(v => v?.GetValue<double>() ?? throw new FormatException($"'{name}' holds a null")).ToArray();

    public static int[] Ints(JsonNode? node, string name) =>
        (node as JsonArray ?? throw new FormatException($"'{name}' is not an array"))
        .Select(v => v?.GetValue<int>() ?? throw new FormatException($"'{name}' holds a null")).ToArray();

    public static double[][] Rows(JsonNode? node, string name) =>
        (node as JsonArray ?? throw new FormatException($"'{name}' is not an array")).Select(r => Doubles(r, name)).ToArray();

    public static double Number(JsonNode? parent, string name) =>
        parent?[name]?.GetValue<double>() ?? throw new FormatException($"missing number '{name}'");
}
