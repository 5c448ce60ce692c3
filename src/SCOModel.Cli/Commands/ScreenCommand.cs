using System.CommandLine;
using System.Globalization;
using System.Text;
using SCOModel.Cli.Reporting;
using SCOModel.Core.Configuration;
using SCOModel.Core.Results;
using SCOModel.Learning.Persistence;
using SCOModel.Learning.Regressors;
using SCOModel.Learning.Screening;

namespace SCOModel.Cli.Commands;

/// <summary>
/// `sco screen MODELDIR CANDIDATES.csv --window LO:HI`: ranks candidates by the probability, under the model's
/// predictive normal, that T1/2 falls in the window; with <c>--min-width W --width-model DIR</c> also that the
/// hysteresis width is at least W (the two treated as independent: the product). Writes the ranking CSV and a chart.
/// </summary>
internal static class ScreenCommand
{
    public static Command Create()
    {
        var modelDir = new Argument<string>("model") { Description = "A model folder of T1/2 written by 'sco ml train'" };
        var candidates = new Argument<string>("candidates") { Description = "CSV with the model's feature columns" };
        var window = new Option<string?>("--window") { Description = "The wanted T1/2 window LO:HI in the target's units (e.g. 273:323)" };
        var minWidth = new Option<double?>("--min-width") { Description = "The least hysteresis width wanted (needs --width-model)" };
        var widthModel = new Option<string?>("--width-model") { Description = "A model folder of the hysteresis width" };
        var output = new Option<string?>("--out") { Description = "The ranking CSV (default: out/<candidates>-screen.csv; the chart beside it)" };
        var command = new Command("screen", "Rank candidate compounds by the probability that T1/2 falls in a window")
        {
            modelDir, candidates, window, minWidth, widthModel, output,
        };
        command.SetAction(parse => CommandGuard.Run(() =>
        {
            var (low, high) = ReadWindow(parse.GetValue(window));
            double? width = parse.GetValue(minWidth);
            string? widthDir = parse.GetValue(widthModel);
            if (width is not null && widthDir is null)
            {
                throw new ConfigException("command line", "--min-width", "needs --width-model, a model of the hysteresis width");
            }

            if (width is null && widthDir is not null)
            {
                throw new ConfigException("command line", "--width-model", "needs --min-width, the least width wanted");
            }

            var model = ModelFile.Read(parse.GetValue(modelDir)!);
            var widthTrained = widthDir is null ? null : ModelFile.Read(widthDir);
            string file = Path.GetFullPath(parse.GetValue(candidates)!);
            var csv = MlInput.ReadCsv(file);
            var warnings = new List<string>();
            var predictions = model.Predict(MlInput.Candidates(csv, model), warnings);
            var widths = widthTrained?.Predict(MlInput.Candidates(csv, widthTrained), warnings);
            MlInput.Warn(warnings);
            string? name = MlInput.NameColumn(csv, model);
            string[] names = name is null
                ? Enumerable.Range(0, csv.RowCount).Select(r => $"line {csv.LineOf(r)}").ToArray()
                : csv.OptionalTexts(name)!;
            var rows = Enumerable.Range(0, csv.RowCount).Select(i =>
            {
                double pWindow = WindowProbability.Between(predictions[i], low, high);
                double? pWidth = widths is null ? null : WindowProbability.AtLeast(widths[i], width!.Value);
                return new ScreenedCandidate(csv.LineOf(i), names[i], predictions[i], pWindow, widths?[i], pWidth, pWindow * (pWidth ?? 1));
            })
                .OrderByDescending(r => r.Probability).ThenBy(r => r.Line).ToArray();

            string path = Path.GetFullPath(parse.GetValue(output)
                ?? Path.Combine("out", Path.GetFileNameWithoutExtension(file) + "-screen.csv"));
            AtomicFile.WriteAllText(path, Format(rows, model.Target, widthTrained?.Target, name));
            string directory = Path.GetDirectoryName(path)!;
            string chartName = Path.GetFileNameWithoutExtension(path);
            RunCharts.Write(directory, [(chartName, MlScreenChart.Build(rows, model.Target, low, high))]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Screened {rows.Length} candidates for {model.Target} in [{low:G6}, {high:G6}]{(width is null ? string.Empty : $" and {widthTrained!.Target} ≥ {width:G6}")}; wrote {path} and {chartName}.svg"));
            foreach (var r in rows.Take(5))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {r.Name}: {model.Target} = {r.Prediction.Mean:G4} ± {r.Prediction.StdDev:G2}, P = {r.Probability:F3}"));
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static (double Low, double High) ReadWindow(string? text)
    {
        if (text is null)
        {
            throw new ConfigException("command line", "--window", "missing; expected the wanted T1/2 window as LO:HI, e.g. 273:323");
        }

        string[] parts = text.Split(':');
        if (parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double low)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double high)
            && double.IsFinite(low) && double.IsFinite(high) && low < high)
        {
            return (low, high);
        }

        throw new ConfigException("command line", "--window", $"'{text}' is not a window; expected LO:HI with LO < HI, e.g. 273:323");
    }

    private static string Format(IReadOnlyList<ScreenedCandidate> rows, string target, string? widthTarget, string? nameColumn)
    {
        var text = new StringBuilder($"rank,line,{MlInput.Cell(nameColumn ?? "candidate")},{target}_predicted,{target}_sd,p_window");
        if (widthTarget is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $",{widthTarget}_predicted,{widthTarget}_sd,p_width");
        }

        text.Append(",probability\n");
        for (int i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var cells = new List<string>
            {
                (i + 1).ToString(CultureInfo.InvariantCulture), r.Line.ToString(CultureInfo.InvariantCulture), MlInput.Cell(r.Name),
                MlInput.Number(r.Prediction.Mean), MlInput.Number(r.Prediction.StdDev), MlInput.Number(r.WindowProbability, "F4"),
            };
            if (r.Width is Prediction w)
            {
                cells.AddRange([MlInput.Number(w.Mean), MlInput.Number(w.StdDev), MlInput.Number(r.WidthProbability ?? double.NaN, "F4")]);
            }

            cells.Add(MlInput.Number(r.Probability, "F4"));
            text.AppendJoin(',', cells).Append('\n');
        }

        return text.ToString();
    }
}
