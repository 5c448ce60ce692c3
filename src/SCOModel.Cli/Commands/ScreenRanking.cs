using System.Globalization;
using System.Text;
using SCOModel.Cli.Reporting;
using SCOModel.Core.Results;
using SCOModel.Learning.Regressors;

namespace SCOModel.Cli.Commands;

/// <summary>
/// What `sco screen` asks of its candidates (the window on the target, the least width) and the writer of its outputs:
/// the ranking CSV and its chart. A single run and `sco merge` of its shards write through this one writer, so the
/// merged files are the single run's byte for byte.
/// </summary>
/// <param name="Target">The target of the T1/2 model.</param>
/// <param name="WidthTarget">The target of the width model, or null without one.</param>
/// <param name="NameColumn">The candidates' column that names them, or null (rows are named by line).</param>
/// <param name="Low">The window's lower end.</param>
/// <param name="High">The window's upper end.</param>
/// <param name="MinWidth">The least width wanted, or null.</param>
internal sealed record ScreenRanking(string Target, string? WidthTarget, string? NameColumn, double Low, double High, double? MinWidth)
{
    /// <summary>The candidates best first: by probability, ties by line.</summary>
    public static IReadOnlyList<ScreenedCandidate> Rank(IEnumerable<ScreenedCandidate> rows) =>
        rows.OrderByDescending(r => r.Probability).ThenBy(r => r.Line).ToArray();

    /// <summary>Ranks the rows and writes the ranking CSV to <paramref name="path"/> and its chart beside it.</summary>
    public void Write(string path, IEnumerable<ScreenedCandidate> candidates)
    {
        var rows = Rank(candidates);
        AtomicFile.WriteAllText(path, Format(rows));
        string directory = Path.GetDirectoryName(path)!;
        string chartName = Path.GetFileNameWithoutExtension(path);
        RunCharts.Write(directory, [(chartName, MlScreenChart.Build(rows, Target, Low, High))]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Screened {rows.Count} candidates for {Target} in [{Low:G6}, {High:G6}]{(MinWidth is null ? string.Empty : $" and {WidthTarget} ≥ {MinWidth:G6}")}; wrote {path} and {chartName}.svg"));
        foreach (var r in rows.Take(5))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {r.Name}: {Target} = {r.Prediction.Mean:G4} ± {r.Prediction.StdDev:G2}, P = {r.Probability:F3}"));
        }
    }

    private string Format(IReadOnlyList<ScreenedCandidate> rows)
    {
        var text = new StringBuilder($"rank,line,{MlInput.Cell(NameColumn ?? "candidate")},{Target}_predicted,{Target}_sd,p_window");
        if (WidthTarget is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $",{WidthTarget}_predicted,{WidthTarget}_sd,p_width");
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
