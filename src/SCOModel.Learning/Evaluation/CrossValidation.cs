using SCOModel.Learning.Data;
using SCOModel.Learning.Features;
using SCOModel.Learning.Regressors;

namespace SCOModel.Learning.Evaluation;

/// <summary>
/// Grouped k-fold cross-validation (Hastie, Tibshirani &amp; Friedman 2009, §7.10): for each fold the featurisation
/// (imputation means, scaling, one-hot levels) and the model are fitted on the other folds only, then the fold is
/// predicted. The mean predictor is evaluated on the same folds, as the floor to beat. Deterministic for a seed.
/// </summary>
public static class CrossValidation
{
    public static CrossValidationResult Run(TrainingSet data, Func<IRegressor> regressor, int folds, int seed,
        int importanceRepeats = 2)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(regressor);
        var table = data.Features;
        int n = table.RowCount;
        int[] foldOf = GroupedFolds.Assign(data.Groups, folds, seed);
        var predictions = new Prediction[n];
        var baseline = new Prediction[n];
        var modelMetrics = new List<RegressionMetrics>();
        var baselineMetrics = new List<RegressionMetrics>();
        var increases = table.Columns.ToDictionary(c => c.Name, _ => new List<double>(), StringComparer.OrdinalIgnoreCase);
        var random = new Random(unchecked(seed + 7919));
        for (int f = 0; f < folds; f++)
        {
            int[] train = Enumerable.Range(0, n).Where(i => foldOf[i] != f).ToArray();
            int[] test = Enumerable.Range(0, n).Where(i => foldOf[i] == f).ToArray();
            var encoding = FeatureEncoding.Fit(table, train);
            double[] yTrain = train.Select(i => data.Target[i]).ToArray();
            double[] yTest = test.Select(i => data.Target[i]).ToArray();
            var model = regressor().Fit(encoding.Transform(table, train), yTrain);
            var floor = new MeanRegressor().Fit([], yTrain);
            var xTest = encoding.Transform(table, test);
            var foldPredictions = xTest.Select(model.Predict).ToArray();
            for (int k = 0; k < test.Length; k++)
            {
                predictions[test[k]] = foldPredictions[k];
                baseline[test[k]] = floor.Predict(xTest[k]);
            }

            var metrics = RegressionMetrics.Of(yTest, foldPredictions);
            modelMetrics.Add(metrics);
            baselineMetrics.Add(RegressionMetrics.Of(yTest, test.Select(i => baseline[i]).ToArray()));
            foreach (var column in table.Columns)
            {
                for (int r = 0; r < importanceRepeats; r++)
                {
                    var order = Enumerable.Range(0, n).ToArray();
                    var shuffled = (int[])test.Clone();
                    random.Shuffle(shuffled);
                    for (int k = 0; k < test.Length; k++)
                    {
                        order[test[k]] = shuffled[k];
                    }

                    var permuted = table.With(column.Reordered(order));
                    var permutedPredictions = encoding.Transform(permuted, test).Select(model.Predict).ToArray();
                    increases[column.Name].Add(RegressionMetrics.Of(yTest, permutedPredictions).Rmse - metrics.Rmse);
                }
            }
        }

        var importances = table.Columns
            .Select(c =>
            {
                var spread = MetricSpread.Of(increases[c.Name]);
                return new FeatureImportance(c.Name, spread.Mean, spread.StdDev);
            })
            .OrderByDescending(i => i.RmseIncrease)
            .ToArray();
        return new CrossValidationResult(folds, seed, foldOf, predictions, baseline,
            MetricSummary.Of(modelMetrics), MetricSummary.Of(baselineMetrics), importances);
    }
}
