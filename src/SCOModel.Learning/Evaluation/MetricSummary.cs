namespace SCOModel.Learning.Evaluation;

/// <summary>MAE, RMSE, R² and 95 % coverage of one regressor over the cross-validation folds.</summary>
public sealed record MetricSummary(MetricSpread Mae, MetricSpread Rmse, MetricSpread R2, MetricSpread Coverage95)
{
    public static MetricSummary Of(IReadOnlyList<RegressionMetrics> folds)
    {
        ArgumentNullException.ThrowIfNull(folds);
        return new MetricSummary(
            MetricSpread.Of(folds.Select(f => f.Mae).ToArray()),
            MetricSpread.Of(folds.Select(f => f.Rmse).ToArray()),
            MetricSpread.Of(folds.Select(f => f.R2).ToArray()),
            MetricSpread.Of(folds.Select(f => f.Coverage95).ToArray()));
    }
}
