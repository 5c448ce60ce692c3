using System.CommandLine;
using System.Globalization;
using System.Text;
using SCOModel.Cli.Reporting;
using SCOModel.Core.Configuration;
using SCOModel.Core.Results;
using SCOModel.Learning;
using SCOModel.Learning.Data;
using SCOModel.Learning.Evaluation;
using SCOModel.Learning.Persistence;
using SCOModel.Learning.Regressors;

namespace SCOModel.Cli.Commands;

/// <summary>
/// `sco ml train DATA.csv --target COL`: grouped k-fold cross-validation of a regressor with uncertainty (GP, gradient
/// boosting or ridge) against the mean predictor, then the model fitted on all rows; writes the model folder
/// (model.json, cv_predictions.csv, parity and residual charts, report.html).
/// </summary>
internal static class MlTrainCommand
{
    public const string PredictionsFile = "cv_predictions.csv";

    public static Command Create()
    {
        var data = new Argument<string>("data") { Description = "CSV with a target column and descriptor columns (e.g. the output of 'sco descriptors' joined with measured T1/2)" };
        var target = new Option<string>("--target") { Description = "The column to predict (e.g. T_half_K)", Required = true };
        var group = new Option<string?>("--group") { Description = "Column of families: rows of one group never straddle folds" };
        var model = new Option<string?>("--model") { Description = "gp (Gaussian process, default), gbt (gradient-boosted trees), ridge or mean" };
        var folds = new Option<int?>("--folds") { Description = "Cross-validation folds (default 5)" };
        var seed = new Option<int?>("--seed") { Description = "Seed of the folds and the regressor (default 1)" };
        var features = new Option<string?>("--features") { Description = "Comma-separated feature columns (default: all but the target, group and identity columns)" };
        var ignore = new Option<string?>("--ignore") { Description = "Comma-separated columns to leave out of the default features" };
        var output = new Option<string?>("--out") { Description = "The model folder (default: models/<data>-<target>-<model>)" };
        var command = new Command("train", "Train a regressor with uncertainty, cross-validated by groups")
        {
            data, target, group, model, folds, seed, features, ignore, output,
        };
        command.SetAction(parse => CommandGuard.Run(() =>
        {
            string file = Path.GetFullPath(parse.GetValue(data)!);
            string kind = parse.GetValue(model) ?? GaussianProcessRegressor.Name;
            if (RegressorCatalog.Create(kind, 0) is null)
            {
                throw new ConfigException("command line", "--model", $"unknown model '{kind}'; expected {string.Join(", ", RegressorCatalog.Kinds)}");
            }

            int k = parse.GetValue(folds) ?? 5;
            if (k is < 2 or > 100)
            {
                throw new ConfigException("command line", "--folds", $"{k} is out of range; expected 2 to 100");
            }

            int s = parse.GetValue(seed) ?? 1;
            var csv = MlInput.ReadCsv(file);
            var set = LearningTableReader.ReadTraining(csv, parse.GetValue(target)!, parse.GetValue(group),
                List(parse.GetValue(features)), List(parse.GetValue(ignore)));
            int groups = set.Groups.Distinct(StringComparer.Ordinal).Count();
            if (groups < k)
            {
                throw new ConfigException(file, set.GroupName is null ? "rows" : $"column {set.GroupName}",
                    $"{groups} {(set.GroupName is null ? "rows with a target" : "groups")} cannot fill {k} folds; expected at least {k} (lower --folds)");
            }

            if (set.Features.RowCount < Math.Max(5, 2 * k))
            {
                throw new ConfigException(file, $"column {set.TargetName}",
                    $"only {set.Features.RowCount} rows have a target; expected at least {Math.Max(5, 2 * k)} for {k}-fold cross-validation");
            }

            string directory = Path.GetFullPath(parse.GetValue(output)
                ?? Path.Combine("models", $"{Path.GetFileNameWithoutExtension(file)}-{set.TargetName}-{kind}"));
            var provenance = new TrainingProvenance(Path.GetFileName(file), TrainingProvenance.HashOf(file), set.Features.RowCount, set.RowsWithoutTarget);
            var (trained, validation) = ModelTrainer.Train(set, kind, k, s, provenance);
            Directory.CreateDirectory(directory);
            ModelFile.Write(directory, trained);
            AtomicFile.WriteAllText(Path.Combine(directory, PredictionsFile), PredictionsCsv(set, validation!));
            var figures = MlCharts.Build(set, validation!, kind);
            RunCharts.Write(directory, figures);
            MlReportPage.Write(directory, file, set, trained, validation!, figures);
            Report(directory, set, kind, validation!);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static string[]? List(string? text) =>
        text?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string PredictionsCsv(TrainingSet set, CrossValidationResult validation)
    {
        var text = new StringBuilder("line,group,fold,observed,predicted,predicted_sd,lower_95,upper_95,mean_predictor\n");
        for (int i = 0; i < set.Features.RowCount; i++)
        {
            text.AppendJoin(',', new[]
            {
                set.Features.Lines[i].ToString(CultureInfo.InvariantCulture), MlInput.Cell(set.Groups[i]),
                validation.FoldOfRow[i].ToString(CultureInfo.InvariantCulture), MlInput.Number(set.Target[i]),
            }.Concat(MlInput.PredictionCells(validation.Predictions[i])).Append(MlInput.Number(validation.BaselinePredictions[i].Mean)))
                .Append('\n');
        }

        return text.ToString();
    }

    private static void Report(string directory, TrainingSet set, string kind, CrossValidationResult v)
    {
        var inv = CultureInfo.InvariantCulture;
        foreach (string note in set.Notes)
        {
            Console.Error.WriteLine($"sco: note: {note}");
        }

        Console.WriteLine(string.Create(inv,
            $"Trained {kind} on {set.Features.RowCount} rows ({set.RowsWithoutTarget} without {set.TargetName} skipped), {set.Features.Columns.Count} feature columns; wrote {directory}"));
        Console.WriteLine(string.Create(inv, $"  {v.Folds}-fold cross-validation{(set.GroupName is null ? string.Empty : $" grouped by {set.GroupName}")}:"));
        foreach (var (name, m) in new[] { (kind, v.Model), ("mean", v.Baseline) })
        {
            Console.WriteLine(string.Create(inv,
                $"  {name,-6} MAE {m.Mae.Mean:G4} ± {m.Mae.StdDev:G2}, RMSE {m.Rmse.Mean:G4} ± {m.Rmse.StdDev:G2}, R² {m.R2.Mean:F3} ± {m.R2.StdDev:F3}, 95 % coverage {m.Coverage95.Mean:P0}"));
        }
    }
}
