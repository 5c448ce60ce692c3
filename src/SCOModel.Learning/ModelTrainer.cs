using SCOModel.Core.Results;
using SCOModel.Learning.Data;
using SCOModel.Learning.Evaluation;
using SCOModel.Learning.Features;
using SCOModel.Learning.Persistence;
using SCOModel.Learning.Regressors;

namespace SCOModel.Learning;

/// <summary>
/// Training end to end: grouped cross-validation of the chosen regressor (and the mean predictor) for an honest error,
/// then the final model fitted on every row with a featurisation fitted on every row.
/// </summary>
public static class ModelTrainer
{
    /// <summary>
    /// Trains a model of <paramref name="kind"/> (see <see cref="RegressorCatalog"/>); cross-validates when
    /// <paramref name="folds"/> ≥ 2. The data must have at least <paramref name="folds"/> groups (checked by callers).
    /// </summary>
    public static (TrainedModel Model, CrossValidationResult? Validation) Train(TrainingSet data, string kind, int folds,
        int seed, TrainingProvenance provenance)
    {
        ArgumentNullException.ThrowIfNull(data);
        IRegressor Create() => RegressorCatalog.Create(kind, seed)
            ?? throw new ArgumentException($"unknown regressor '{kind}'", nameof(kind));
        CrossValidationResult? validation = folds >= 2 ? CrossValidation.Run(data, Create, folds, seed) : null;
        int[] all = Enumerable.Range(0, data.Features.RowCount).ToArray();
        var encoding = FeatureEncoding.Fit(data.Features, all);
        var model = Create().Fit(encoding.Transform(data.Features, all), data.Target);
        var trained = new TrainedModel(data.TargetName, data.GroupName, encoding, model, provenance, seed,
            RunManifest.ProgramVersion, validation is null ? null : CrossValidationJson.Format(validation, kind));
        return (trained, validation);
    }
}
