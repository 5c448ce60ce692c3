using SCOModel.Core.Configuration;
using SCOModel.MeanField.Fitting;

namespace SCOModel.Cli.Tests;

/// <summary>Every example README points to is valid input: configs read, data files read as fit input.</summary>
public sealed class ShippedExamplesTests
{
    public static TheoryData<string> Configs() =>
        new(Directory.GetFiles(RepositoryPaths.Examples, "*.json").Select(Path.GetFileName).OfType<string>());

    [Theory]
    [MemberData(nameof(Configs))]
    public void EveryExampleConfigReads(string name)
    {
        var config = ConfigReader.ReadFile(Path.Combine(RepositoryPaths.Examples, name));
        Assert.False(string.IsNullOrWhiteSpace(config.Name));
        Assert.NotEmpty(config.Protocol.Paths());
    }

    /// <summary>run.json holds the resolved config, which must itself be a valid config (DESIGN.md "Outputs").</summary>
    [Theory]
    [MemberData(nameof(Configs))]
    public void EveryExamplesResolvedConfigReadsBackToTheSameRun(string name)
    {
        var config = ConfigReader.ReadFile(Path.Combine(RepositoryPaths.Examples, name));
        var again = ConfigReader.Parse(ConfigJson.Format(ConfigJson.ToNode(config)), "run.json");
        Assert.Equal(config.Model.GetType(), again.Model.GetType());
        Assert.Equal(config.Model.DescribeSample(), again.Model.DescribeSample());
        if (config.Model is IsingLikeModelConfig ising)
        {
            Assert.Equal(ising.Heterogeneity is null, ((IsingLikeModelConfig)again.Model).Heterogeneity is null);
        }

        Assert.Equal(
            config.Protocol.Paths().SelectMany(p => p.Segments).SelectMany(s => s.Points),
            again.Protocol.Paths().SelectMany(p => p.Segments).SelectMany(s => s.Points));
    }

    [Fact]
    public void TheFitExampleReadsAsChiTData()
    {
        var data = TransitionData.ReadCsv(Path.Combine(RepositoryPaths.Examples, "fit", "chiT-synthetic.csv"));
        Assert.Equal(CurveObservable.ChiT, data.Observable);
        Assert.Equal(102, data.Points.Count);
    }
}
