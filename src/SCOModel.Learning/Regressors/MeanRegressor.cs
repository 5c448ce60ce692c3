using System.Text.Json.Nodes;

namespace SCOModel.Learning.Regressors;

/// <summary>
/// The floor every report shows: predicts the training mean whatever the input, with the variance of a new
/// observation from the training sample, s²(1 + 1/n). A model that does not beat it has learnt nothing.
/// </summary>
public sealed class MeanRegressor : IRegressor
{
    public const string Name = "mean";

    public string Kind => Name;

    public IRegressionModel Fit(IReadOnlyList<double[]> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(y);
        if (y.Count == 0)
        {
            throw new ArgumentException("no training rows", nameof(y));
        }

        double mean = y.Average();
        double variance = y.Count < 2 ? 0 : y.Sum(v => (v - mean) * (v - mean)) / (y.Count - 1);
        return new MeanModel(mean, variance * (1 + (1.0 / y.Count)));
    }
}
