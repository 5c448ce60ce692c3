using System.Text.Json.Nodes;

namespace SCOModel.Learning.Regressors;

/// <summary>A fitted <see cref="RidgeRegressor"/>: y = intercept + Σ β_j x_j, with the variance of a new observation.</summary>
/// <param name="Lambda">The penalty λ used.</param>
/// <param name="Intercept">The intercept, in the inputs' own units.</param>
/// <param name="Coefficients">β, one per input.</param>
/// <param name="InputMeans">The training means of the inputs (x̃ = x − mean in the variance).</param>
/// <param name="InverseGram">(XᵀX + λI)⁻¹ of the centred training inputs.</param>
/// <param name="ResidualVariance">σ² = RSS/(n − df − 1).</param>
/// <param name="TrainingRows">n.</param>
public sealed record RidgeModel(
    double Lambda,
    double Intercept,
    IReadOnlyList<double> Coefficients,
    IReadOnlyList<double> InputMeans,
    IReadOnlyList<double[]> InverseGram,
    double ResidualVariance,
    int TrainingRows) : IRegressionModel
{
    public string Kind => RidgeRegressor.Name;

    public Prediction Predict(IReadOnlyList<double> x)
    {
        ArgumentNullException.ThrowIfNull(x);
        int p = Coefficients.Count;
        double mean = Intercept;
        var centred = new double[p];
        for (int j = 0; j < p; j++)
        {
            mean += Coefficients[j] * x[j];
            centred[j] = x[j] - InputMeans[j];
        }

        double leverage = 0;
        for (int j = 0; j < p; j++)
        {
            double row = 0;
            for (int k = 0; k < p; k++)
            {
                row += InverseGram[j][k] * centred[k];
            }

            leverage += centred[j] * row;
        }

        return new Prediction(mean, ResidualVariance * (1 + (1.0 / TrainingRows) + leverage));
    }

    public JsonObject Hyperparameters() => new() { ["lambda"] = Lambda };

    public JsonObject State() => new()
    {
        ["intercept"] = Intercept,
        ["coefficients"] = JsonArrays.Of(Coefficients),
        ["input_means"] = JsonArrays.Of(InputMeans),
        ["inverse_gram"] = JsonArrays.Of(InverseGram),
        ["residual_variance"] = ResidualVariance,
        ["training_rows"] = TrainingRows,
    };
}
