using System.Text.Json.Nodes;
using SCOModel.Learning.Data;
using SCOModel.Learning.Features;
using SCOModel.Learning.Regressors;

namespace SCOModel.Learning.Persistence;

/// <summary>
/// A model ready to predict: the featurisation fitted on all training rows, the fitted regressor, what it predicts,
/// where its data came from, and how it did in cross-validation (as written in model.json).
/// </summary>
/// <param name="Target">The target column, e.g. T_half_K.</param>
/// <param name="Group">The group column the folds were split by, or null.</param>
/// <param name="Encoding">The featurisation.</param>
/// <param name="Model">The fitted regressor.</param>
/// <param name="Provenance">The training data.</param>
/// <param name="Seed">The seed of the folds and the regressor.</param>
/// <param name="ProgramVersion">The SCOModel version that trained it.</param>
/// <param name="Evaluation">The cross-validation section of model.json (null when not cross-validated).</param>
public sealed record TrainedModel(
    string Target,
    string? Group,
    FeatureEncoding Encoding,
    IRegressionModel Model,
    TrainingProvenance Provenance,
    int Seed,
    string ProgramVersion,
    JsonObject? Evaluation)
{
    /// <summary>The input columns a candidates table must have, with their kinds.</summary>
    public IReadOnlyList<(string Name, FeatureKind Kind)> Features =>
        Encoding.Columns.Select(c => (c.Name, c.Kind)).ToArray();

    /// <summary>The predictive distribution of every row; unseen categories and unexpected gaps go to warnings.</summary>
    public IReadOnlyList<Prediction> Predict(LearningTable candidates, ICollection<string>? warnings = null) =>
        Encoding.Transform(candidates, null, warnings).Select(Model.Predict).ToArray();

    /// <summary>
    /// The predictive distribution of the given rows (0-based indices into <paramref name="candidates"/>, in the order
    /// given). Each row's featurisation and prediction depend on that row alone, so a row predicts the same in any
    /// subset: what `sco screen --shard K/N` relies on.
    /// </summary>
    public IReadOnlyList<Prediction> Predict(LearningTable candidates, IReadOnlyList<int> rows, ICollection<string>? warnings = null) =>
        Encoding.Transform(candidates, rows, warnings).Select(Model.Predict).ToArray();
}
