using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace SCOModel.Benchmarks;

/// <summary>Spin-flip attempts per second: the lattice's sites divided by the mean time of one sweep.</summary>
public sealed class AttemptsPerSecondColumn : IColumn
{
    public string Id => nameof(AttemptsPerSecondColumn);

    public string ColumnName => "Attempts/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Spin-flip attempts per second (sites / mean sweep time)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } statistics)
        {
            return "NA";
        }

        var lattice = (string)benchmarkCase.Parameters["Lattice"];
        double seconds = statistics.Mean * 1e-9;
        return (SweepBenchmarks.SitesOf(lattice) / seconds).ToString("E3", System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}

/// <summary>Adds the attempts-per-second column.</summary>
public sealed class AttemptsPerSecondConfig : ManualConfig
{
    public AttemptsPerSecondConfig() => AddColumn(new AttemptsPerSecondColumn());
}
