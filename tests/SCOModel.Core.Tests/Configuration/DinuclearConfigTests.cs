using System.Text.Json;
using SCOModel.Core.Configuration;
using SCOModel.Core.Models;

namespace SCOModel.Core.Tests.Configuration;

/// <summary>
/// The dinuclear fields (README, "Two-step transitions, disorder and halogen contacts"; PHYSICS.md §2): the dimers
/// pattern and intramolecularK read into the heterogeneity, survive the resolved config's serialisation, and are
/// refused with a reason where they cannot apply.
/// </summary>
public class DinuclearConfigTests
{
    private static string Config(string modelFields, string size = "[8, 4]") => $$"""
        {
          "model": { "deltaK": 2000, "lnG": 10, {{modelFields}},
                     "lattice": { "kind": "square", "size": {{size}} } },
          "protocol": { "kind": "temperature-scan", "temperaturesK": [200] }
        }
        """;

    private static Heterogeneity Read(string json) =>
        ((IsingLikeModelConfig)ConfigReader.Parse(json, "dinuclear.json").Model).Heterogeneity!;

    [Fact]
    public void DimersAndIntramolecularCouplingReadIntoTheHeterogeneity()
    {
        var read = Read(Config("""
            "sublattices": { "pattern": "dimers" }, "intramolecularK": -300,
            "couplingBySublatticeK": { "AA": 40, "BB": 40, "AB": 20 }
            """));
        Assert.Equal(SublatticePattern.Dimers, read.Sublattices!.Pattern);
        Assert.Equal(-300, read.IntramolecularK);
        Assert.Equal(new SublatticeCouplings(40, 40, 20), read.CouplingBySublatticeK);
        Assert.True(read.IsTwoSublatticeOnly);

        // intramolecularK alone implies the dimers pattern.
        Assert.Equal(SublatticePattern.Dimers, Read(Config("\"intramolecularK\": 50")).Sublattices!.Pattern);
    }

    [Fact]
    public void TheDinuclearFieldsRoundTripThroughTheResolvedConfig()
    {
        var config = ConfigReader.Parse(Config("""
            "sublattices": { "pattern": "dimers", "a": { "deltaK": 1900 } }, "intramolecularK": -300
            """), "dinuclear.json");
        // The resolved config writes the fields as the config spelt them, so run.json reads back as a config.
        var model = ConfigJson.ToNode(config)["model"]!;
        Assert.Null(model["heterogeneity"]);
        Assert.Equal("dimers", model["sublattices"]!["pattern"]!.GetValue<string>());
        Assert.Equal(-300, model["intramolecularK"]!.GetValue<double>());
        var again = ConfigReader.Parse(ConfigJson.Format(ConfigJson.ToNode(config)), "run.json");
        Assert.Equal(((IsingLikeModelConfig)config.Model).Heterogeneity, ((IsingLikeModelConfig)again.Model).Heterogeneity);
    }

    [Theory]
    [InlineData("\"sublattices\": { \"pattern\": \"stripes\" }, \"intramolecularK\": -300", "[8, 4]", "dimers")]
    [InlineData("\"intramolecularK\": -300", "[7, 4]", "even number")]
    public void DinuclearFieldsAreRefusedWhereTheyCannotApply(string fields, string size, string reason)
    {
        var error = Assert.Throws<ConfigException>(() => ConfigReader.Parse(Config(fields, size), "dinuclear.json"));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
