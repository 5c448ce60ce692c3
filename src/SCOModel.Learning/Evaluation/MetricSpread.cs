namespace SCOModel.Learning.Evaluation;

/// <summary>A metric over the folds: its mean, the standard deviation between folds, and the value of each fold.</summary>
public sealed record MetricSpread(double Mean, double StdDev, IReadOnlyList<double> PerFold)
{
    public static MetricSpread Of(IReadOnlyList<double> perFold)
    {
        ArgumentNullException.ThrowIfNull(perFold);
        var finite = perFold.Where(double.IsFinite).ToArray();
        double mean = finite.Length == 0 ? double.NaN : finite.Average();
        double sd = finite.Length < 2 ? 0 : Math.Sqrt(finite.Sum(v => (v - mean) * (v - mean)) / (finite.Length - 1));
        return new MetricSpread(mean, sd, perFold);
    }
}
