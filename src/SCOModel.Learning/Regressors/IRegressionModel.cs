using System.Text.Json.Nodes;

namespace SCOModel.Learning.Regressors;

/// <summary>A fitted regression model: a predictive mean and variance for any input row.</summary>
public interface IRegressionModel
{
    /// <summary>The regressor's short name (mean, ridge, gp, gbt).</summary>
    string Kind { get; }

    Prediction Predict(IReadOnlyList<double> x);

    /// <summary>The hyperparameters, as chosen or fitted, for model.json and the report.</summary>
    JsonObject Hyperparameters();

    /// <summary>Everything needed to predict again (read back by <see cref="RegressionModelJson"/>).</summary>
    JsonObject State();
}
