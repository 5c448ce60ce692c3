using SCOModel.Core.Configuration;
using SCOModel.Core.Protocols;
using SCOModel.Core.Tables;
using SCOModel.MeanField.Fitting;

namespace SCOModel.MeanField.Tests.Fitting;

/// <summary>Reading measured curves: columns, branches, weights, and bad input named by line and column.</summary>
public class TransitionDataTests
{
    private static TransitionData Read(string text) => TransitionData.FromTable(CsvTable.Parse(text, "data.csv"));

    private static ConfigException Refuse(string text)
    {
        var error = Assert.Throws<ConfigException>(() => Read(text));
        Assert.Equal("data.csv", error.Source);
        return error;
    }

    [Fact]
    public void ReadsAHighSpinFractionCurveWithBranches()
    {
        var data = Read("temperature_K,n_hs,branch\n150,0.02,heating\n250,0.98,heating\n240,0.97,cooling\n150,0.01,cooling\n");
        Assert.Equal(CurveObservable.HighSpinFraction, data.Observable);
        Assert.Equal(4, data.Points.Count);
        Assert.Equal([Branch.Heating, Branch.Cooling], data.Branches);
        Assert.Equal(new TransitionDataPoint(240, 0.97, Branch.Cooling, null, 4), data.Points[2]);
        Assert.False(data.IsWeighted);
    }

    [Fact]
    public void ReadsAChiTCurveWithErrorsAndNoBranchAsEquilibrium()
    {
        var data = Read("temperature_K,chiT,chiT_stderr\n100,0.1,0.02\n300,3.2,0.02\n");
        Assert.Equal(CurveObservable.ChiT, data.Observable);
        Assert.All(data.Points, p => Assert.Equal(Branch.Scan, p.Branch));
        Assert.True(data.IsWeighted);
    }

    [Fact]
    public void AResultsCsvOfARunIsACurve()
    {
        // results.csv of sco run: zero error bars (mean field) mean unweighted; scan, heating and cooling branches.
        var data = Read("branch,temperature_K,pressure_GPa,light,time_s,n_hs,n_hs_stderr,energy_K\n" +
            "heating,190,0,0,,0.1,0,-3\nheating,200,0,0,,0.2,0,-3\ncooling,200,0,0,,0.9,0,-3\nscan,210,0,0,,0.5,0,-3\n");
        Assert.Equal(4, data.Points.Count);
        Assert.False(data.IsWeighted);
        Assert.Equal(Branch.Scan, data.Points[3].Branch);
    }

    [Fact]
    public void AMalformedNumberNamesItsLineAndColumn()
    {
        var error = Refuse("temperature_K,n_hs\n150,0.1\n160,0.2\n170,x.3\n");
        Assert.Equal("line 4, column n_hs", error.Location);
        Assert.Equal("data.csv: line 4, column n_hs: expected a number, got 'x.3'", error.Message);
    }

    [Fact]
    public void AnUnknownBranchNamesItsLineAndColumn()
    {
        var error = Refuse("temperature_K,n_hs,branch\n150,0.1,heating\n160,0.2,warming\n");
        Assert.Equal("line 3, column branch", error.Location);
        Assert.Contains("'warming'", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ANonPositiveTemperatureIsRefused()
    {
        var error = Refuse("temperature_K,n_hs\n150,0.1\n-5,0.2\n");
        Assert.Equal("line 3, column temperature_K", error.Location);
        Assert.Contains("positive temperature", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ANegativeStandardErrorIsRefused()
    {
        var error = Refuse("temperature_K,n_hs,n_hs_stderr\n150,0.1,-0.01\n");
        Assert.Equal("line 2, column n_hs_stderr", error.Location);
    }

    [Theory]
    [InlineData("temperature_K,value\n150,0.1\n", "missing column 'n_hs' or 'chiT'")]
    [InlineData("temperature_K,n_hs,chiT\n150,0.1,1\n", "not both")]
    [InlineData("n_hs\n0.1\n", "missing column 'temperature_K'")]
    [InlineData("temperature_K,n_hs\n", "no data rows")]
    public void TheHeaderMustNameTheCurve(string text, string problem)
    {
        var error = Refuse(text);
        Assert.Equal("line 1", error.Location);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsAFile()
    {
        string path = Path.Combine(Path.GetTempPath(), $"curve-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "temperature_K,n_hs\n150,0.1\n250,0.9\n");
        try
        {
            var data = TransitionData.ReadCsv(path);
            Assert.Equal(path, data.Source);
            Assert.Equal(2, data.Points.Count);
            Assert.Equal(3, data.Points[1].Line);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
