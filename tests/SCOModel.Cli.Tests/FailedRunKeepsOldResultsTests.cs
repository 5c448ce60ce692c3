namespace SCOModel.Cli.Tests;

/// <summary>A run that fails on bad input leaves the results of an earlier good run in place, untouched.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class FailedRunKeepsOldResultsTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("bad-config")]
    [InlineData("bad-threads")]
    [InlineData("bad-engine")]
    [InlineData("missing-file")]
    public void ExistingResultsAreNotReplaced(string failure)
    {
        string output = _temp.Sub("out");
        string good = _temp.File("good.json", ExampleConfigs.Good);
        Assert.Equal(0, Sco.Run("run", good, "--out", output).ExitCode);
        var before = Directory.GetFiles(output).ToDictionary(f => f, File.ReadAllBytes);
        foreach (string name in new[] { "results.csv", "summary.json", "run.json", "n_hs_vs_T.svg", "report.html" })
        {
            Assert.Contains(Path.Combine(output, name), before.Keys);
        }

        string bad = _temp.File("bad.json", ExampleConfigs.WithLatticeKind("squar"));
        string[] args = failure switch
        {
            "bad-config" => ["run", bad, "--out", output],
            "bad-threads" => ["run", good, "--out", output, "--threads", "0"],
            "bad-engine" => ["run", good, "--out", output, "--engine", "nope"],
            _ => ["run", _temp.Sub("absent.json"), "--out", output],
        };
        Assert.Equal(2, Sco.Run(args).ExitCode);

        var after = Directory.GetFiles(output).ToDictionary(f => f, File.ReadAllBytes);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (path, bytes) in before)
        {
            Assert.Equal(bytes, after[path]);
        }
    }
}
