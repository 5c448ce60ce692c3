using System.Text.Json.Nodes;

namespace SCOModel.Learning.Regressors;

/// <summary>
/// A binary regression tree as flat arrays: node k splits on input Feature[k] at Threshold[k] (x ≤ threshold goes to
/// Left[k]) or, when Feature[k] is −1, is a leaf predicting Value[k]. Node 0 is the root.
/// </summary>
public sealed class RegressionTree
{
    public RegressionTree(int[] feature, double[] threshold, int[] left, int[] right, double[] value)
    {
        ArgumentNullException.ThrowIfNull(feature);
        if (threshold.Length != feature.Length || left.Length != feature.Length || right.Length != feature.Length
            || value.Length != feature.Length || feature.Length == 0)
        {
            throw new ArgumentException("a tree needs at least one node and arrays of one length", nameof(feature));
        }

        Feature = feature;
        Threshold = threshold;
        Left = left;
        Right = right;
        Value = value;
    }

    public IReadOnlyList<int> Feature { get; }

    public IReadOnlyList<double> Threshold { get; }

    public IReadOnlyList<int> Left { get; }

    public IReadOnlyList<int> Right { get; }

    public IReadOnlyList<double> Value { get; }

    public double Predict(IReadOnlyList<double> x)
    {
        int node = 0;
        while (Feature[node] >= 0)
        {
            node = x[Feature[node]] <= Threshold[node] ? Left[node] : Right[node];
        }

        return Value[node];
    }

    public JsonObject ToJson() => new()
    {
        ["feature"] = JsonArrays.Of(Feature),
        ["threshold"] = JsonArrays.Of(Threshold),
        ["left"] = JsonArrays.Of(Left),
        ["right"] = JsonArrays.Of(Right),
        ["value"] = JsonArrays.Of(Value),
    };

    public static RegressionTree FromJson(JsonNode? node) => new(
        JsonArrays.Ints(node?["feature"], "feature"),
        JsonArrays.Doubles(node?["threshold"], "threshold"),
        JsonArrays.Ints(node?["left"], "left"),
        JsonArrays.Ints(node?["right"], "right"),
        JsonArrays.Doubles(node?["value"], "value"));
}
