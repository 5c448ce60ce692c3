using MathNet.Numerics.Distributions;
using SCOModel.Learning.Regressors;

namespace SCOModel.Learning.Screening;

/// <summary>
/// The probability that a predicted quantity falls in a window [lo, hi] (or exceeds a minimum) under the predictive
/// normal N(μ, σ²): Φ((hi − μ)/σ) − Φ((lo − μ)/σ). With σ = 0 it is 1 inside the window and 0 outside.
/// </summary>
public static class WindowProbability
{
    public static double Between(Prediction prediction, double low, double high)
    {
        if (low > high)
        {
            throw new ArgumentException($"the window's lower end {low} is above its upper end {high}", nameof(low));
        }

        double sd = prediction.StdDev;
        if (!(sd > 0))
        {
            return prediction.Mean >= low && prediction.Mean <= high ? 1 : 0;
        }

        return Math.Max(0, Normal.CDF(prediction.Mean, sd, high) - Normal.CDF(prediction.Mean, sd, low));
    }

    public static double AtLeast(Prediction prediction, double minimum)
    {
        double sd = prediction.StdDev;
        return sd > 0 ? 1 - Normal.CDF(prediction.Mean, sd, minimum) : prediction.Mean >= minimum ? 1 : 0;
    }
}
