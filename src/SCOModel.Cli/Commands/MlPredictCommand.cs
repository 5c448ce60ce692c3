using System.CommandLine;
using System.Globalization;
using System.Text;
using SCOModel.Core.Results;
using SCOModel.Learning.Persistence;

namespace SCOModel.Cli.Commands;

/// <summary>
/// `sco ml predict MODELDIR CANDIDATES.csv`: the predictive mean, standard deviation and 95 % interval of every
/// candidate row, as CSV. The model's feature columns must all be present; unseen categories are warned about.
/// </summary>
internal static class MlPredictCommand
{
    public static Command Create()
    {
        var modelDir = new Argument<string>("model") { Description = "A model folder written by 'sco ml train'" };
        var candidates = new Argument<string>("candidates") { Description = "CSV with the model's feature columns" };
        var output = new Option<string?>("--out") { Description = "The predictions CSV (default: out/<candidates>-predictions.csv)" };
        var command = new Command("predict", "Predict a trained model's target, with uncertainty, for candidate rows")
        {
            modelDir, candidates, output,
        };
        command.SetAction(parse => CommandGuard.Run(() =>
        {
            var model = ModelFile.Read(parse.GetValue(modelDir)!);
            string file = Path.GetFullPath(parse.GetValue(candidates)!);
            var csv = MlInput.ReadCsv(file);
            var table = MlInput.Candidates(csv, model);
            var warnings = new List<string>();
            var predictions = model.Predict(table, warnings);
            MlInput.Warn(warnings);
            string? name = MlInput.NameColumn(csv, model);
            string[]? names = name is null ? null : csv.OptionalTexts(name);
            string target = model.Target;
            var text = new StringBuilder("line,");
            if (name is not null)
            {
                text.Append(MlInput.Cell(name)).Append(',');
            }

            text.Append(CultureInfo.InvariantCulture, $"{target}_predicted,{target}_sd,{target}_lower_95,{target}_upper_95\n");
            for (int i = 0; i < predictions.Count; i++)
            {
                text.Append(table.Lines[i].ToString(CultureInfo.InvariantCulture)).Append(',');
                if (names is not null)
                {
                    text.Append(MlInput.Cell(names[i])).Append(',');
                }

                text.AppendJoin(',', MlInput.PredictionCells(predictions[i])).Append('\n');
            }

            string path = Path.GetFullPath(parse.GetValue(output)
                ?? Path.Combine("out", Path.GetFileNameWithoutExtension(file) + "-predictions.csv"));
            AtomicFile.WriteAllText(path, text.ToString());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Predicted {target} for {predictions.Count} candidate{(predictions.Count == 1 ? string.Empty : "s")} with the {model.Model.Kind} model; wrote {path}"));
            return ExitCodes.Success;
        }));
        return command;
    }
}
