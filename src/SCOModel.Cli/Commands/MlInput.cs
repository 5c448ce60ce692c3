using System.Globalization;
using SCOModel.Core.Configuration;
using SCOModel.Core.Tables;
using SCOModel.Learning.Data;
using SCOModel.Learning.Persistence;
using SCOModel.Learning.Regressors;

namespace SCOModel.Cli.Commands;

/// <summary>What `sco ml` and `sco screen` share: reading a model and a candidates table, and the predictions CSV.</summary>
internal static class MlInput
{
    public static CsvTable ReadCsv(string path) => File.Exists(path)
        ? CsvTable.ReadFile(path)
        : throw new ConfigException(path, "file", "does not exist; expected a CSV table");

    /// <summary>The candidates' feature columns as the model expects them; errors name the file and the column.</summary>
    public static LearningTable Candidates(CsvTable csv, TrainedModel model) => LearningTableReader.ReadCandidates(csv, model.Features);

    /// <summary>The column that names candidates in the outputs: the table's first column that is not a feature.</summary>
    public static string? NameColumn(CsvTable csv, TrainedModel model) =>
        csv.Columns.FirstOrDefault(c => !model.Features.Any(f => string.Equals(f.Name, c, StringComparison.OrdinalIgnoreCase)));

    public static void Warn(IEnumerable<string> warnings)
    {
        foreach (string warning in warnings.Distinct(StringComparer.Ordinal))
        {
            Console.Error.WriteLine($"sco: warning: {warning}");
        }
    }

    public static string Number(double value, string format = "G6") =>
        double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : string.Empty;

    public static string Cell(string text) =>
        text.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    public static IEnumerable<string> PredictionCells(Prediction p)
    {
        var (lower, upper) = p.Interval95;
        return [Number(p.Mean), Number(p.StdDev), Number(lower), Number(upper)];
    }
}
