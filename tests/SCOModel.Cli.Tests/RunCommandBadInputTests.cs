namespace SCOModel.Cli.Tests;

/// <summary>Bad input exits with 2 and a message on stderr naming the file, the field and what was expected.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class RunCommandBadInputTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private Sco.Outcome RunConfig(string json, params string[] extra)
    {
        string config = _temp.File("config.json", json);
        return Sco.Run(["run", config, "--out", _temp.Sub("out"), .. extra]);
    }

    [Fact]
    public void UnknownLatticeKindExits2AndNamesTheField()
    {
        var outcome = RunConfig(ExampleConfigs.WithLatticeKind("squar"));
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("config.json", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("$.model.lattice.kind", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("'squar'", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("square", outcome.Error.Replace("'squar'", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.Sub("out")) && Directory.GetFiles(_temp.Sub("out")).Length > 0);
    }

    [Fact]
    public void MisspeltFieldExits2AndSuggestsTheRightName()
    {
        var outcome = RunConfig(ExampleConfigs.WithMisspeltCoupling());
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("$.model.couplngK", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("did you mean 'couplingK'?", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedJsonExits2WithTheLine()
    {
        var outcome = RunConfig("{\n  \"seed\": 1,\n  \"model\": {\n}");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("line ", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingConfigFileExits2AndNamesIt()
    {
        string missing = _temp.Sub("nowhere.json");
        var outcome = Sco.Run("run", missing, "--out", _temp.Sub("out"));
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("nowhere.json", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("does not exist", outcome.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    public void NonPositiveThreadCountExits2(string threads)
    {
        var outcome = RunConfig(ExampleConfigs.Good, "--threads", threads);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--threads", outcome.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_temp.Sub("out"), "results.csv")));
    }

    [Fact]
    public void UnknownEngineExits2AndListsTheKnownOnes()
    {
        var outcome = RunConfig(ExampleConfigs.Good, "--engine", "quantum");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--engine", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("'quantum'", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("mc", outcome.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--threads", "many")]
    [InlineData("--seed", "-1")]
    [InlineData("--no-such-option", "1")]
    public void UnparsableCommandLineExits2(string option, string value)
    {
        var outcome = RunConfig(ExampleConfigs.Good, option, value);
        Assert.Equal(2, outcome.ExitCode);
        Assert.False(string.IsNullOrWhiteSpace(outcome.Error));
    }

    [Fact]
    public void RunWithoutConfigExits2()
    {
        Assert.Equal(2, Sco.Run("run").ExitCode);
    }

    [Fact]
    public void UnknownCommandExits2()
    {
        Assert.Equal(2, Sco.Run("simulate", "x.json").ExitCode);
    }

    [Fact]
    public void ErrorsGoToStderrNotStdout()
    {
        var outcome = RunConfig(ExampleConfigs.WithLatticeKind("squar"));
        Assert.DoesNotContain("squar", outcome.Out, StringComparison.Ordinal);
    }
}
