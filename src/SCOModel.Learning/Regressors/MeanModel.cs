using System.Text.Json.Nodes;

namespace SCOModel.Learning.Regressors;

/// <summary>The fitted <see cref="MeanRegressor"/>.</summary>
public sealed record MeanModel(double Mean, double Variance) : IRegressionModel
{
    public string Kind => MeanRegressor.Name;

    public Prediction Predict(IReadOnlyList<double> x) => new(Mean, Variance);

    public JsonObject Hyperparameters() => [];

    public JsonObject State() => new() { ["mean"] = Mean, ["variance"] = Variance };
}
