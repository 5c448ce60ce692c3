using System.Text.Json.Nodes;

namespace SCOModel.Learning.Regressors;

/// <summary>
/// A fitted <see cref="GradientBoostingRegressor"/>: the mean of the ensemble members' predictions, with variance =
/// their spread + the out-of-bag residual variance (see the regressor for what that uncertainty is).
/// </summary>
public sealed record GradientBoostingModel(
    IReadOnlyList<BoostedTrees> Members, double ResidualVariance, GradientBoostingSettings Settings) : IRegressionModel
{
    public string Kind => GradientBoostingRegressor.Name;

    public Prediction Predict(IReadOnlyList<double> x)
    {
        double sum = 0, sumSquares = 0;
        foreach (var member in Members)
        {
            double p = member.Predict(x);
            sum += p;
            sumSquares += p * p;
        }

        int m = Members.Count;
        double mean = sum / m;
        double spread = m < 2 ? 0 : Math.Max(0, (sumSquares - (m * mean * mean)) / (m - 1));
        return new Prediction(mean, spread + ResidualVariance);
    }

    public JsonObject Hyperparameters() => new()
    {
        ["rounds"] = Settings.Rounds,
        ["learning_rate"] = Settings.LearningRate,
        ["max_depth"] = Settings.MaxDepth,
        ["min_leaf_rows"] = Settings.MinLeafRows,
        ["subsample"] = Settings.Subsample,
        ["ensemble_members"] = Settings.Members,
        ["seed"] = Settings.Seed,
        ["out_of_bag_residual_sd"] = Math.Sqrt(ResidualVariance),
    };

    public JsonObject State() => new()
    {
        ["residual_variance"] = ResidualVariance,
        ["members"] = new JsonArray(Members.Select(m => (JsonNode?)m.ToJson()).ToArray()),
    };
}
