using System.Text.Json.Nodes;

namespace SCOModel.Learning.Evaluation;

/// <summary>The cross_validation section of model.json: folds, metrics with their spread, calibration, importances.</summary>
public static class CrossValidationJson
{
    public static JsonObject Format(CrossValidationResult result, string modelKind)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new JsonObject
        {
            ["folds"] = result.Folds,
            ["seed"] = result.Seed,
            ["model"] = modelKind,
            ["metrics"] = Summary(result.Model),
            ["mean_predictor_metrics"] = Summary(result.Baseline),
            ["permutation_importance_rmse_increase"] = new JsonArray(result.Importances.Select(i => (JsonNode?)new JsonObject
            {
                ["column"] = i.Column,
                ["mean"] = Number(i.RmseIncrease),
                ["sd"] = Number(i.StdDev),
            }).ToArray()),
        };
    }

    private static JsonObject Summary(MetricSummary s) => new()
    {
        ["mae"] = Spread(s.Mae),
        ["rmse"] = Spread(s.Rmse),
        ["r2"] = Spread(s.R2),
        ["coverage_95"] = Spread(s.Coverage95),
    };

    private static JsonObject Spread(MetricSpread s) => new()
    {
        ["mean"] = Number(s.Mean),
        ["sd"] = Number(s.StdDev),
        ["per_fold"] = new JsonArray(s.PerFold.Select(Number).ToArray()),
    };

    /// <summary>JSON has no NaN: an undefined metric (R² of a fold with one distinct value) is null.</summary>
    private static JsonNode? Number(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;
}
