using SCOModel.Core.Protocols;
using SCOModel.Core.Results;

namespace SCOModel.Core.Tests.Results;

public class ResultsCsvTests
{
    [Fact]
    public void FirstElevenColumnsAreThePublicContract()
    {
        Assert.Equal(
            ["branch", "temperature_K", "pressure_GPa", "light", "time_s", "n_hs", "n_hs_stderr",
             "energy_K", "energy_stderr_K", "nn_correlation", "nn_correlation_stderr"],
            ResultsCsv.Columns.Take(11));
        Assert.Equal("n_hs_tau_int_sweeps", ResultsCsv.Columns[11]);
        Assert.Contains("energy_K", ResultsCsv.Columns);
        Assert.Equal(ResultsCsv.Columns.Count, ResultsCsv.Columns.Distinct().Count());
    }

    [Fact]
    public void AModelsOwnObservablesFollowTheCommonColumnsWithTheirErrors()
    {
        var observed = new ModelObservables([("a_A", new Estimate(10.5, 0.01)), ("volume_A3", Estimate.Exact(400))]);
        var points = new[]
        {
            new PointResult(Branch.Scan, new ControlPoint(200, 0), Estimate.Exact(0.5), Estimate.Exact(0), Estimate.Exact(0))
            {
                Observables = observed,
            },
            new PointResult(Branch.Scan, new ControlPoint(210, 0), Estimate.Exact(0.6), Estimate.Exact(0), Estimate.Exact(0)),
        };
        var lines = ResultsCsv.Format(points).Split('\n');
        Assert.EndsWith(",a_A,a_A_stderr,volume_A3,volume_A3_stderr", lines[0]);
        Assert.EndsWith(",10.5,0.01,400,0", lines[1]);
        Assert.EndsWith(",,,,", lines[2]);
        Assert.Equal(lines[0].Split(',').Length, lines[1].Split(',').Length);
        Assert.Equal(observed, new ModelObservables([("a_A", new Estimate(10.5, 0.01)), ("volume_A3", Estimate.Exact(400))]));
        Assert.Equal(new Estimate(10.5, 0.01), observed["a_A"]);
        Assert.Null(observed["b_A"]);
    }

    [Fact]
    public void OneRowPerPointWithAsManyCellsAsColumns()
    {
        var points = new[]
        {
            new PointResult(Branch.Heating, new ControlPoint(150.5, 0.1), new Estimate(0.25, 0.01),
                new Estimate(-12.5, 0.2), new Estimate(0.8, 0.001)) { NHsTauIntSweeps = 12.5 },
            new PointResult(Branch.Cooling, new ControlPoint(149, 0, Light: 1, TimeS: 3.5), new Estimate(0.75, double.NaN),
                new Estimate(-1, 0), new Estimate(double.NaN, double.NaN)),
        };
        var lines = ResultsCsv.Format(points).Split('\n');
        Assert.Equal(4, lines.Length); // header, two rows, trailing newline
        Assert.Equal(string.Join(',', ResultsCsv.Columns), lines[0]);
        Assert.Equal("", lines[3]);

        var first = lines[1].Split(',');
        var second = lines[2].Split(',');
        Assert.All(new[] { first, second }, cells => Assert.Equal(ResultsCsv.Columns.Count, cells.Length));
        Assert.Equal(["heating", "150.5", "0.1", "0", "", "0.25", "0.01", "-12.5", "0.2", "0.8", "0.001", "12.5"], first);
        Assert.Equal("", second[11]); // no autocorrelation time
        Assert.Equal("cooling", second[0]);
        Assert.Equal("3.5", second[4]);
        Assert.Equal("", second[6]); // NaN error bar
        Assert.Equal("", second[9]); // no bonds
    }

    [Fact]
    public void NumbersRoundTrip()
    {
        double value = 0.1 + 0.2;
        Assert.Equal(value, double.Parse(ResultsCsv.Number(value), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("", ResultsCsv.Number(double.NaN));
    }
}
