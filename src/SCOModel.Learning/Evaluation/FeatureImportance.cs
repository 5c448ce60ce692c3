namespace SCOModel.Learning.Evaluation;

/// <summary>
/// Permutation importance of one input column: how much the held-out RMSE grows when the column's values are shuffled
/// among the held-out rows (Breiman, Machine Learning 45, 5 (2001), §10; all one-hot inputs of a categorical column
/// are shuffled together). Mean and standard deviation over folds and repeats; near zero or negative: not used.
/// </summary>
public sealed record FeatureImportance(string Column, double RmseIncrease, double StdDev);
