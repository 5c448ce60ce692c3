using System.Text.Json.Nodes;

namespace SCOModel.Learning.Regressors;

/// <summary>One boosted model: F(x) = F₀ + ν Σ_m tree_m(x).</summary>
public sealed record BoostedTrees(double Initial, double LearningRate, IReadOnlyList<RegressionTree> Trees)
{
    public double Predict(IReadOnlyList<double> x)
    {
        double sum = 0;
        foreach (var tree in Trees)
        {
            sum += tree.Predict(x);
        }

        return Initial + (LearningRate * sum);
    }

    public JsonObject ToJson() => new()
    {
        ["initial"] = Initial,
        ["learning_rate"] = LearningRate,
        ["trees"] = new JsonArray(Trees.Select(t => (JsonNode?)t.ToJson()).ToArray()),
    };

    public static BoostedTrees FromJson(JsonNode? node) => new(
        JsonArrays.Number(node, "initial"),
        JsonArrays.Number(node, "learning_rate"),
        (node?["trees"] as JsonArray ?? throw new FormatException("missing 'trees'")).Select(RegressionTree.FromJson).ToArray());
}
