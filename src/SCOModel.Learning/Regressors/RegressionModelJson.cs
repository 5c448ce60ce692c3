using System.Text.Json.Nodes;

namespace SCOModel.Learning.Regressors;

/// <summary>Reads a fitted model back from the "state" its <see cref="IRegressionModel.State"/> wrote.</summary>
public static class RegressionModelJson
{
    /// <summary>The model of a kind from its state; <see cref="FormatException"/> says what is missing or wrong.</summary>
    public static IRegressionModel Read(string kind, JsonNode? state, JsonNode? hyperparameters)
    {
        ArgumentNullException.ThrowIfNull(kind);
        if (state is not JsonObject)
        {
            throw new FormatException("missing the model's 'state' object");
        }

        return kind switch
        {
            MeanRegressor.Name => new MeanModel(JsonArrays.Number(state, "mean"), JsonArrays.Number(state, "variance")),
            RidgeRegressor.Name => new RidgeModel(
                JsonArrays.Number(hyperparameters, "lambda"),
                JsonArrays.Number(state, "intercept"),
                JsonArrays.Doubles(state["coefficients"], "coefficients"),
                JsonArrays.Doubles(state["input_means"], "input_means"),
                JsonArrays.Rows(state["inverse_gram"], "inverse_gram"),
                JsonArrays.Number(state, "residual_variance"),
                (int)JsonArrays.Number(state, "training_rows")),
            GaussianProcessRegressor.Name => new GaussianProcessModel(
                JsonArrays.Rows(state["x"], "x"),
                JsonArrays.Doubles(state["y"], "y"),
                JsonArrays.Number(state, "target_mean"),
                JsonArrays.Number(state, "target_scale"),
                JsonArrays.Doubles(state["length_scales"], "length_scales"),
                JsonArrays.Number(state, "signal_sd_standardised"),
                JsonArrays.Number(state, "noise_sd_standardised"),
                JsonArrays.Number(state, "log_marginal_likelihood")),
            GradientBoostingRegressor.Name => new GradientBoostingModel(
                (state["members"] as JsonArray ?? throw new FormatException("missing 'members'")).Select(BoostedTrees.FromJson).ToArray(),
                JsonArrays.Number(state, "residual_variance"),
                new GradientBoostingSettings(
                    (int)JsonArrays.Number(hyperparameters, "rounds"),
                    JsonArrays.Number(hyperparameters, "learning_rate"),
                    (int)JsonArrays.Number(hyperparameters, "max_depth"),
                    (int)JsonArrays.Number(hyperparameters, "min_leaf_rows"),
                    JsonArrays.Number(hyperparameters, "subsample"),
                    (int)JsonArrays.Number(hyperparameters, "ensemble_members"),
                    (int)JsonArrays.Number(hyperparameters, "seed"))),
            _ => throw new FormatException($"unknown model kind '{kind}'; expected {string.Join(", ", RegressorCatalog.Kinds)}"),
        };
    }
}
