namespace SCOModel.Learning.Regressors;

/// <summary>
/// A predictive distribution, summarised as a normal: its mean and its variance (of a new observation, i.e. including
/// the noise the model attributes to the data, so that intervals are meant to cover measured values).
/// </summary>
public readonly record struct Prediction(double Mean, double Variance)
{
    public double StdDev => Math.Sqrt(Math.Max(0, Variance));

    /// <summary>The central 95 % interval, mean ± 1.959964 σ.</summary>
    public (double Lower, double Upper) Interval95 => (Mean - (Z95 * StdDev), Mean + (Z95 * StdDev));

    /// <summary>The 97.5 % quantile of the standard normal.</summary>
    public const double Z95 = 1.959963984540054;
}
