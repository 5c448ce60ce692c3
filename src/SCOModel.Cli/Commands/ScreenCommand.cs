using System.CommandLine;
using System.Globalization;
using SCOModel.Core.Configuration;
using SCOModel.Core.Results;
using SCOModel.Learning.Persistence;
using SCOModel.Learning.Screening;

namespace SCOModel.Cli.Commands;

/// <summary>
/// `sco screen MODELDIR CANDIDATES.csv --window LO:HI`: ranks candidates by the probability, under the model's
/// predictive normal, that T1/2 falls in the window; with <c>--min-width W --width-model DIR</c> also that the
/// hysteresis width is at least W (the two treated as independent: the product). Writes the ranking CSV and a chart
/// (<see cref="ScreenRanking"/>). With <c>--shard K/N</c> it predicts only the candidates dealt to shard K, into a shard
/// directory for `sco merge` (<see cref="ScreenShard"/>).
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
        var output = new Option<string?>("--out")
        {
            Description = "The ranking CSV (default: out/<candidates>-screen.csv; the chart beside it); with --shard, the " +
                "shard directory (default: out/<candidates>-screen-K-of-N)",
        };
        var shardOption = new Option<string?>("--shard")
        {
            Description = "Screen only shard K of N (K/N, 1 <= K <= N): candidate row i goes to shard (i mod N) + 1; " +
                "combine the shard directories with 'sco merge' into the single run's ranking and chart",
        };
        var command = new Command("screen", "Rank candidate compounds by the probability that T1/2 falls in a window")
        {
            modelDir, candidates, window, minWidth, widthModel, output, shardOption,
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

            var shard = parse.GetValue(shardOption) is { } shardText ? ShardSpec.Parse(shardText) : null;
            string modelPath = parse.GetValue(modelDir)!;
            var model = ModelFile.Read(modelPath);
            var widthTrained = widthDir is null ? null : ModelFile.Read(widthDir);
            string file = Path.GetFullPath(parse.GetValue(candidates)!);
            var csv = MlInput.ReadCsv(file);

            // Every shard reads and checks the whole table (so each refuses bad input as the single run does), then
            // predicts its own rows; a row's prediction depends on that row alone.
            var table = MlInput.Candidates(csv, model);
            var widthTable = widthTrained is null ? null : MlInput.Candidates(csv, widthTrained);
            var rows = shard is null ? Enumerable.Range(0, csv.RowCount).ToArray() : ShardRows.Of(shard, csv.RowCount, "candidates");
            var warnings = new List<string>();
            var predictions = model.Predict(table, rows, warnings);
            var widths = widthTrained?.Predict(widthTable!, rows, warnings);
            MlInput.Warn(warnings);
            string? name = MlInput.NameColumn(csv, model);
            string[] names = name is null
                ? Enumerable.Range(0, csv.RowCount).Select(r => $"line {csv.LineOf(r)}").ToArray()
                : csv.OptionalTexts(name)!;
            var screened = rows.Select((row, i) =>
            {
                double pWindow = WindowProbability.Between(predictions[i], low, high);
                double? pWidth = widths is null ? null : WindowProbability.AtLeast(widths[i], width!.Value);
                return new ScreenedCandidate(csv.LineOf(row), names[row], predictions[i], pWindow, widths?[i], pWidth, pWindow * (pWidth ?? 1));
            }).ToArray();
            var ranking = new ScreenRanking(model.Target, widthTrained?.Target, name, low, high, width);
            string stem = Path.GetFileNameWithoutExtension(file);

            if (shard is not null)
            {
                string directory = Path.GetFullPath(parse.GetValue(output)
                    ?? Path.Combine("out", $"{stem}-screen-{shard.Index}-of-{shard.Count}"));
                new ScreenShard(directory, RunManifest.ProgramVersion, shard.Index, shard.Count, csv.RowCount,
                    Path.GetFileName(file), ScreenShard.Sha256Of(file), ScreenShard.Sha256Of(ModelFile.PathOf(modelPath)),
                    widthDir is null ? null : ScreenShard.Sha256Of(ModelFile.PathOf(widthDir)), ranking,
                    warnings.Distinct(StringComparer.Ordinal).ToArray(), rows.Zip(screened).ToArray()).Write();
                Console.WriteLine($"Wrote shard {shard} of the screening ({rows.Count} of {csv.RowCount} candidates): " +
                    $"{ScreenShard.FileName} to {directory}");
                Console.WriteLine($"  combine the {shard.Count} shard directories with 'sco merge DIR... --out DIR'");
                return ExitCodes.Success;
            }

            ranking.Write(Path.GetFullPath(parse.GetValue(output) ?? Path.Combine("out", stem + "-screen.csv")), screened);
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
}
