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

    [Fact]
    public void TheFitExampleReadsAsChiTData()
    {
        var data = TransitionData.ReadCsv(Path.Combine(RepositoryPaths.Examples, "fit", "chiT-synthetic.csv"));
        Assert.Equal(CurveObservable.ChiT, data.Observable);
        Assert.Equal(102, data.Points.Count);
    }
}
