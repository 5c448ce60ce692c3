namespace SCOModel.Learning.Evaluation;

/// <summary>
/// The errors of predictions against observations: mean absolute error, root-mean-square error, R² = 1 − SS_res/SS_tot
/// (about the observations' own mean, so a constant predictor scores ≤ 0 on held-out data), and the fraction of
/// observations inside the 95 % predictive intervals (calibration; 0.95 when the uncertainty is right).
/// </summary>
public sealed record RegressionMetrics(double Mae, double Rmse, double R2, double Coverage95)
{
    public static RegressionMetrics Of(IReadOnlyList<double> observed, IReadOnlyList<Regressors.Prediction> predicted)
    {
        ArgumentNullException.ThrowIfNull(observed);
        ArgumentNullException.ThrowIfNull(predicted);
        int n = observed.Count;
        if (n == 0 || predicted.Count != n)
        {
            throw new ArgumentException("need one prediction per observation", nameof(predicted));
        }

        double mean = observed.Average();
        double abs = 0, squares = 0, total = 0;
        int inside = 0;
        for (int i = 0; i < n; i++)
        {
            double e = observed[i] - predicted[i].Mean;
            abs += Math.Abs(e);
            squares += e * e;
            total += (observed[i] - mean) * (observed[i] - mean);
            var (lower, upper) = predicted[i].Interval95;
            inside += observed[i] >= lower && observed[i] <= upper ? 1 : 0;
        }

        double r2 = total > 0 ? 1 - (squares / total) : double.NaN;
        return new RegressionMetrics(abs / n, Math.Sqrt(squares / n), r2, (double)inside / n);
    }
}
