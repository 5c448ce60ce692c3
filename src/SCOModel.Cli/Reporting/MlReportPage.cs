using System.Globalization;
using SCOModel.Core.Results;
using SCOModel.Learning.Data;
using SCOModel.Learning.Evaluation;
using SCOModel.Learning.Persistence;
using SCOModel.Plotting.Charts;
using SCOModel.Plotting.Reports;

namespace SCOModel.Cli.Reporting;

/// <summary>
/// report.html of `sco ml train`: the cross-validated metrics of the model beside the mean predictor, the charts, the
/// permutation importances, the features and hyperparameters, and the provenance of the data.
/// </summary>
internal static class MlReportPage
{
    public static void Write(string directory, string dataFile, TrainingSet set, TrainedModel model, CrossValidationResult v,
        IReadOnlyList<(string BaseName, Figure Figure)> figures)
    {
        string kind = model.Model.Kind;
        var report = new HtmlReport($"SCOModel ml train: {set.TargetName} from {Path.GetFileName(dataFile)}")
        {
            Subtitle = $"SCOModel {RunManifest.ProgramVersion} · {kind} · {v.Folds}-fold cross-validation" +
                (set.GroupName is null ? string.Empty : $" grouped by {set.GroupName}") + $" · seed {v.Seed}",
        };
        report.AddHeading("Cross-validated errors");
        report.AddTable(["Model", "MAE", "RMSE", "R²", "95 % coverage"],
        [
            Row(kind, v.Model),
            Row("mean predictor (floor)", v.Baseline),
        ], "Mean ± standard deviation over the folds. Coverage: the fraction of held-out observations inside the 95 % predictive interval (0.95 when calibrated).");
        foreach (var (_, figure) in figures)
        {
            report.AddFigure(figure);
        }

        report.AddHeading("Permutation importance");
        report.AddTable(["Column", "RMSE increase", "sd"],
            v.Importances.Select(i => (IReadOnlyList<string>)[i.Column, F(i.RmseIncrease, "G3"), F(i.StdDev, "G2")]).ToArray(),
            "Growth of the held-out RMSE when the column is shuffled among the held-out rows (mean over folds and repeats).");

        report.AddHeading("Model");
        report.AddPreformatted(model.Model.Hyperparameters().ToJsonString(), "Hyperparameters (fitted on all rows)");
        report.AddTable(["Feature", "Kind", "Encoding"], model.Encoding.Columns.Select(c => (IReadOnlyList<string>)
        [
            c.Name,
            c.Kind.ToString().ToLowerInvariant(),
            c.Kind == FeatureKind.Numeric
                ? $"(x − {F(c.Mean, "G5")}) / {F(c.Scale, "G4")}{(c.MissingIndicator ? "; missing → mean + indicator" : string.Empty)}"
                : $"one-hot: {string.Join(", ", c.Levels)}",
        ]).ToArray(), "Featurisation (fitted on all rows for the final model; on the training folds in cross-validation)");
        foreach (string note in set.Notes)
        {
            report.AddParagraph($"Note: {note}");
        }

        report.AddKeyValueTable(
        [
            KeyValuePair.Create("Data", Path.GetFileName(dataFile)),
            KeyValuePair.Create("SHA-256", model.Provenance.Sha256),
            KeyValuePair.Create("Rows used", model.Provenance.Rows.ToString(CultureInfo.InvariantCulture)),
            KeyValuePair.Create("Rows without target", model.Provenance.RowsWithoutTarget.ToString(CultureInfo.InvariantCulture)),
            KeyValuePair.Create("Groups", set.Groups.Distinct(StringComparer.Ordinal).Count().ToString(CultureInfo.InvariantCulture)),
            KeyValuePair.Create("Files", "model.json, cv_predictions.csv"),
        ], "Input");
        report.Save(Path.Combine(directory, RunReport.FileName));
    }

    private static IReadOnlyList<string> Row(string name, MetricSummary m) =>
    [
        name, Spread(m.Mae, "G4"), Spread(m.Rmse, "G4"), Spread(m.R2, "F3"), Spread(m.Coverage95, "F2"),
    ];

    private static string Spread(MetricSpread s, string format) => $"{F(s.Mean, format)} ± {F(s.StdDev, format)}";

    private static string F(double value, string format) =>
        double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "—";
}
