using SCOModel.Learning.Regressors;

namespace SCOModel.Learning.Evaluation;

/// <summary>
/// What grouped k-fold cross-validation found: the fold of each row, the out-of-fold predictions of the model and of
/// the mean predictor (the floor), their metrics with the spread over folds, and the permutation importances.
/// </summary>
public sealed record CrossValidationResult(
    int Folds,
    int Seed,
    IReadOnlyList<int> FoldOfRow,
    IReadOnlyList<Prediction> Predictions,
    IReadOnlyList<Prediction> BaselinePredictions,
    MetricSummary Model,
    MetricSummary Baseline,
    IReadOnlyList<FeatureImportance> Importances);
