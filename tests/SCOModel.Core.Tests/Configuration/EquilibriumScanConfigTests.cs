using System.Text.Json.Nodes;
using SCOModel.Core.Configuration;
using SCOModel.Core.Protocols;

namespace SCOModel.Core.Tests.Configuration;

/// <summary>The equilibrium-scan protocol: its fields, defaults, errors and round trip through run.json.</summary>
public class EquilibriumScanConfigTests
{
    private const string Source = "scan.json";

    private static string Scan(Action<JsonObject>? edit = null) => ConfigText.With(root =>
    {
        root["protocol"] = new JsonObject
        {
            ["kind"] = "equilibrium-scan",
            ["temperaturesK"] = new JsonArray(210, 190, 200),
            ["sweepsPerPoint"] = 500,
        };
        edit?.Invoke(root.Protocol());
    });

    private static ConfigException Refuse(Action<JsonObject> edit)
    {
        var error = Assert.Throws<ConfigException>(() => ConfigReader.Parse(Scan(edit), Source));
        Assert.Equal($"{Source}: {error.Location}: {error.Problem}", error.Message);
        return error;
    }

    [Fact]
    public void ReadsWithDefaultsAndSortsTheLadder()
    {
        var scan = Assert.IsType<EquilibriumScan>(ConfigReader.Parse(Scan(), Source).Protocol);
        Assert.Equal([190.0, 200, 210], scan.TemperaturesK);
        Assert.Equal(EquilibriumSampler.ParallelTempering, scan.Sampler);
        Assert.Equal(1, scan.ExchangeEvery);
        Assert.Equal(1, scan.LadderSubdivisions);
        Assert.Equal(InitialState.Random, scan.InitialState);
        Assert.Equal(500, scan.SweepsPerPoint);
        var segment = Assert.Single(Assert.Single(scan.Paths()).Segments);
        Assert.Equal(Branch.Equilibrium, segment.Branch);
        Assert.Equal([190.0, 200, 210], segment.Points.Select(p => p.TemperatureK));
    }

    [Fact]
    public void SubdivisionsRefineTheLadderButNotTheReportedPoints()
    {
        var scan = Assert.IsType<EquilibriumScan>(ConfigReader.Parse(Scan(p =>
        {
            p["ladderSubdivisions"] = 4;
            p["exchangeEvery"] = 3;
            p["sampler"] = "parallel-tempering";
            p["pressureKbar"] = 1;
        }), Source).Protocol);
        Assert.Equal([190, 192.5, 195, 197.5, 200, 202.5, 205, 207.5, 210], scan.Ladder);
        Assert.Equal(3, scan.Paths()[0].PointCount);
        Assert.Equal(3, scan.ExchangeEvery);
        Assert.Equal(0.1, scan.PressureGPa, 12);
    }

    [Fact]
    public void ReadsTheWangLandauSamplerAndItsFinalModificationFactor()
    {
        var scan = Assert.IsType<EquilibriumScan>(ConfigReader.Parse(Scan(p =>
        {
            p["sampler"] = "wang-landau";
            p["finalLnF"] = 1e-5;
            p["temperaturesK"] = new JsonArray(200);
        }), Source).Protocol);
        Assert.Equal(EquilibriumSampler.WangLandau, scan.Sampler);
        Assert.Equal(1e-5, scan.FinalLnF);
        Assert.Equal([200.0], scan.TemperaturesK);
        Assert.Equal(1e-6, Assert.IsType<EquilibriumScan>(ConfigReader.Parse(Scan(), Source).Protocol).FinalLnF);

        var node = ConfigJson.ToNode(ConfigReader.Parse(Scan(p => p["sampler"] = "wang-landau"), Source));
        Assert.Equal("wang-landau", (string?)node["protocol"]!["sampler"]);
        var again = Assert.IsType<EquilibriumScan>(ConfigReader.Parse(node.ToJsonString(ConfigJson.Options), "run.json").Protocol);
        Assert.Equal(EquilibriumSampler.WangLandau, again.Sampler);
    }

    [Theory]
    [InlineData(0.0, "expected a positive number")]
    [InlineData(2.0, "must be at most 1")]
    public void FinalModificationFactorOutOfRangeIsRefused(double value, string expected)
    {
        var error = Refuse(p =>
        {
            p["sampler"] = "wang-landau";
            p["finalLnF"] = value;
        });
        Assert.Equal("$.protocol.finalLnF", error.Location);
        Assert.Contains(expected, error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownFieldSuggestsTheCloseName()
    {
        var error = Refuse(p => p["exchangeEvry"] = 2);
        Assert.Equal("$.protocol.exchangeEvry", error.Location);
        Assert.Contains("did you mean 'exchangeEvery'?", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownSamplerListsTheValidOnes()
    {
        var error = Refuse(p => p["sampler"] = "metadynamics");
        Assert.Equal("$.protocol.sampler", error.Location);
        Assert.Contains("unknown equilibrium sampler 'metadynamics'; expected one of: parallel-tempering, wang-landau",
            error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("exchangeEvery", 0, "$.protocol.exchangeEvery", "expected an integer from 1")]
    [InlineData("ladderSubdivisions", 0, "$.protocol.ladderSubdivisions", "expected an integer from 1")]
    public void NonPositiveCountsAreRefused(string field, int value, string location, string expected)
    {
        var error = Refuse(p => p[field] = value);
        Assert.Equal(location, error.Location);
        Assert.Contains(expected, error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void RepeatedOrSingleTemperaturesAreRefused()
    {
        var repeated = Refuse(p => p["temperaturesK"] = new JsonArray(190, 200, 190));
        Assert.Equal("$.protocol.temperaturesK", repeated.Location);
        Assert.Contains("must be distinct; 190 K appears twice", repeated.Problem, StringComparison.Ordinal);

        var single = Refuse(p => p["temperaturesK"] = new JsonArray(200));
        Assert.Equal("$.protocol.temperaturesK", single.Location);
        Assert.Contains("at least 2 temperatures", single.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolvedConfigReadsBackEqual()
    {
        var config = ConfigReader.Parse(Scan(p =>
        {
            p["ladderSubdivisions"] = 2;
            p["exchangeEvery"] = 5;
            p["initialState"] = "ls";
        }), Source);
        var node = ConfigJson.ToNode(config);
        Assert.Equal("equilibrium-scan", (string?)node["protocol"]!["kind"]);
        Assert.Equal("parallel-tempering", (string?)node["protocol"]!["sampler"]);
        var again = ConfigReader.Parse(node.ToJsonString(ConfigJson.Options), "run.json");
        var a = Assert.IsType<EquilibriumScan>(config.Protocol);
        var b = Assert.IsType<EquilibriumScan>(again.Protocol);
        Assert.Equal(a.TemperaturesK, b.TemperaturesK);
        Assert.Equal(a with { TemperaturesK = b.TemperaturesK }, b);
    }
}
