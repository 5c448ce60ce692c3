using System.CommandLine;
using SCOModel.Cli.Reporting;
using SCOModel.Core.Configuration;
using SCOModel.Core.Protocols;
using SCOModel.Core.Tables;
using SCOModel.Plotting.Charts;
using SCOModel.Plotting.Export;
using SCOModel.Plotting.SpinCrossover;

namespace SCOModel.Cli.Commands;

/// <summary>
/// `sco plot results.csv [more.csv ...]`: redraws one run, or overlays several, from their results tables. One series
/// per file, y column and branch; error bars from the matching _stderr column when there is one.
/// </summary>
internal static class PlotCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("tables")
        {
            Description = "results.csv files (or any CSV with a header) to draw in one chart",
            Arity = ArgumentArity.OneOrMore,
        };
        var x = new Option<string>("--x") { Description = "Column on the x axis", DefaultValueFactory = _ => "temperature_K" };
        var y = new Option<string[]>("--y")
        {
            Description = "Column(s) on the y axis (repeat the option for several)",
            DefaultValueFactory = _ => ["n_hs"],
            AllowMultipleArgumentsPerToken = true,
        };
        var output = new Option<FileInfo?>("--out")
        {
            Description = "Chart file (.svg; a .png is written beside it when rsvg-convert is installed). " +
                "Default: plot.svg next to the first table",
        };
        var title = new Option<string?>("--title") { Description = "Chart title" };
        var logX = new Option<bool>("--log-x") { Description = "Logarithmic x axis" };
        var logY = new Option<bool>("--log-y") { Description = "Logarithmic y axis" };
        var command = new Command("plot", "Draw one or several results tables in one chart")
        {
            files, x, y, output, title, logX, logY,
        };
        command.SetAction(parse => CommandGuard.Run(() =>
        {
            var tables = parse.GetValue(files)!;
            var figure = Build(tables, parse.GetValue(x)!, parse.GetValue(y)!, parse.GetValue(title),
                parse.GetValue(logX), parse.GetValue(logY));
            var target = parse.GetValue(output)?.FullName
                ?? Path.Combine(Path.GetDirectoryName(tables[0].FullName)!, "plot.svg");
            var paths = RunCharts.Write(Path.GetDirectoryName(target)!, [(Path.GetFileNameWithoutExtension(target), figure)]);
            Console.WriteLine($"Wrote {string.Join(", ", paths.SelectMany(p => new[] { p.SvgPath, p.PngPath }).OfType<string>())}");
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>The chart of the given tables.</summary>
    public static Figure Build(IReadOnlyList<FileInfo> files, string xColumn, IReadOnlyList<string> yColumns,
        string? title, bool logX, bool logY)
    {
        var yAxis = yColumns.Count == 1 ? ColumnAxis.For(yColumns[0]) : new Axis(string.Join(", ", yColumns));
        var plot = new XYPlot(
            ColumnAxis.For(xColumn) with { Scale = logX ? AxisScale.Logarithmic : AxisScale.Linear },
            yAxis with { Scale = logY ? AxisScale.Logarithmic : AxisScale.Linear });
        for (int f = 0; f < files.Count; f++)
        {
            if (!files[f].Exists)
            {
                throw new ConfigException(files[f].ToString(), "file", "does not exist");
            }

            var table = CsvTable.ReadFile(files[f].FullName);
            string fileLabel = files.Count > 1 ? Path.GetFileName(Path.GetDirectoryName(files[f].FullName)) ?? files[f].Name : string.Empty;
            foreach (var column in yColumns)
            {
                AddSeries(plot, table, xColumn, column, Label(fileLabel, yColumns.Count > 1 ? column : string.Empty),
                    files.Count > 1 ? Palette.ForSeries(f) : null);
            }
        }

        if (plot.Series.Count == 0)
        {
            throw new ConfigException(files[0].ToString(), "line 1", "the tables hold no data rows to draw");
        }

        return new Figure(plot) { Title = title };
    }

    private static void AddSeries(XYPlot plot, CsvTable table, string xColumn, string yColumn, string label, Colour? colour)
    {
        foreach (var column in new[] { xColumn, yColumn })
        {
            if (!table.HasColumn(column))
            {
                throw table.HeaderError($"no column '{column}'; the columns are: {string.Join(", ", table.Columns)}");
            }
        }

        var xs = Values(table.OptionalNumbers(xColumn)!);
        var ys = Values(table.OptionalNumbers(yColumn)!);
        var errors = ColumnAxis.ErrorColumnCandidates(yColumn).Where(table.HasColumn)
            .Select(c => Values(table.OptionalNumbers(c)!)).FirstOrDefault();
        var branches = table.OptionalTexts("branch") ?? Enumerable.Repeat(string.Empty, table.RowCount).ToArray();

        // Rows of one branch in file order, so that a cooling branch is joined from high to low temperature.
        foreach (var branch in branches.Distinct())
        {
            var rows = Enumerable.Range(0, table.RowCount).Where(r => branches[r] == branch).ToArray();
            var known = Enum.GetValues<Branch>().Where(b => ConfigJson.Name(b) == branch).Select(b => (Branch?)b).FirstOrDefault();
            var style = known is Branch b ? BranchStyles.For(b) : SeriesStyle.LineWithMarkers;
            string name = Label(label, known is Branch k ? BranchStyles.Label(k) : branch);
            plot.Series.Add(new XYSeries(name.Length > 0 ? name : yColumn, rows.Select(r => xs[r]).ToArray(),
                rows.Select(r => ys[r]).ToArray(), errors is null ? null : rows.Select(r => errors[r]).ToArray())
            {
                Style = colour is null ? style : style with { Colour = colour },
            });
        }
    }

    private static double[] Values(double?[] cells) => cells.Select(v => v ?? double.NaN).ToArray();

    private static string Label(string first, string second) =>
        first.Length == 0 ? second : second.Length == 0 ? first : $"{first}: {second}";
}
