using System.Text.Json.Nodes;
using SCOModel.Core.Configuration;
using SCOModel.Core.Protocols;

namespace SCOModel.Core.Tests.Configuration;

/// <summary>Protocols in physical time and the model's kinetics: fields, defaults, times, errors, round trip.</summary>
public class KineticProtocolConfigTests
{
    private const string Source = "kinetic.json";

    private static string Config(JsonObject protocol, bool kinetics = true) => ConfigText.With(root =>
    {
        root["protocol"] = protocol;
        if (kinetics)
        {
            root.Model()["kinetics"] = new JsonObject { ["attemptRatePerS"] = 1e6, ["activationEnergyK"] = 800 };
        }
    });

    private static SimulationConfig Read(JsonObject protocol) => ConfigReader.Parse(Config(protocol), Source);

    private static ConfigException Refuse(JsonObject protocol, bool kinetics = true) =>
        Assert.Throws<ConfigException>(() => ConfigReader.Parse(Config(protocol, kinetics), Source));

    [Fact]
    public void KineticsAreReadWithDefaults()
    {
        var model = (IsingLikeModelConfig)Read(new JsonObject
        {
            ["kind"] = "irradiation",
            ["temperatureK"] = 10,
            ["excitationRatePerS"] = 0.01,
            ["durationS"] = 1000,
        }).Model;
        Assert.Equal(new SCOModel.Core.Kinetics.KineticParameters(1e6, 800, 0, 0), model.Kinetics);
    }

    [Fact]
    public void IrradiationSamplesLogTimesFromZeroToTheDuration()
    {
        var protocol = Assert.IsType<Irradiation>(Read(new JsonObject
        {
            ["kind"] = "irradiation",
            ["temperatureK"] = 10,
            ["excitationRatePerS"] = 0.01,
            ["durationS"] = 1000,
            ["samples"] = 4,
            ["firstSampleS"] = 1,
        }).Protocol);
        Assert.Equal(InitialState.Ls, protocol.InitialState);
        Assert.True(protocol.RunsInTime);
        var points = Assert.Single(Assert.Single(protocol.Paths()).Segments).Points;
        Assert.Equal([0.0, 1, 10, 100, 1000], points.Select(p => Math.Round(p.TimeS!.Value, 9)));
        Assert.All(points, p => Assert.Equal(0.01, p.Light));
    }

    [Fact]
    public void RelaxationAfterIrradiationRunsOnInTime()
    {
        var protocol = Assert.IsType<Relaxation>(Read(new JsonObject
        {
            ["kind"] = "relaxation",
            ["temperatureK"] = 60,
            ["durationS"] = 100,
            ["samples"] = 10,
            ["spacing"] = "linear",
            ["irradiation"] = new JsonObject { ["excitationRatePerS"] = 0.1, ["durationS"] = 50, ["samples"] = 5, ["spacing"] = "linear" },
        }).Protocol);
        var segments = Assert.Single(protocol.Paths()).Segments;
        Assert.Equal([Branch.Irradiation, Branch.Relaxation], segments.Select(s => s.Branch));
        Assert.Equal(50, segments[1].Points[0].TimeS);
        Assert.Equal(150, segments[1].Points[^1].TimeS);
        Assert.All(segments[1].Points, p => Assert.Equal(0, p.Light));
        Assert.Equal(InitialState.Ls, protocol.InitialState);
    }

    [Fact]
    public void RelaxationFromAFractionStartsThere()
    {
        var protocol = Read(new JsonObject
        {
            ["kind"] = "relaxation",
            ["temperatureK"] = 60,
            ["durationS"] = 100,
            ["initialHsFraction"] = 0.8,
        }).Protocol;
        Assert.Equal(0.8, protocol.InitialHsFraction);
    }

    [Fact]
    public void LiesstIrradiatesThenWarmsAtTheRate()
    {
        var protocol = Assert.IsType<Liesst>(Read(new JsonObject
        {
            ["kind"] = "liesst",
            ["excitationRatePerS"] = 0.05,
            ["irradiationS"] = 3600,
            ["toK"] = 100,
            ["stepK"] = 1,
        }).Protocol);
        Assert.Equal(10, protocol.IrradiationTemperatureK);
        Assert.Equal(0.3, protocol.RateKPerMin);
        var segments = Assert.Single(protocol.Paths()).Segments;
        Assert.Equal([Branch.Irradiation, Branch.Heating], segments.Select(s => s.Branch));
        var warming = segments[1].Points;
        Assert.Equal(91, warming.Count);
        Assert.Equal(3600, warming[0].TimeS);
        Assert.Equal(3600 + (90 / 0.3 * 60), warming[^1].TimeS!.Value, 6);
        Assert.All(warming, p => Assert.Equal(0, p.Light));
    }

    [Fact]
    public void LithIsATimedLoopUnderLight()
    {
        var protocol = Assert.IsType<LightInducedLoop>(Read(new JsonObject
        {
            ["kind"] = "lith",
            ["fromK"] = 80,
            ["toK"] = 10,
            ["stepK"] = 10,
            ["excitationRatePerS"] = 0.01,
            ["rateKPerMin"] = 1,
        }).Protocol);
        var segments = Assert.Single(protocol.Paths()).Segments;
        Assert.Equal([Branch.Cooling, Branch.Heating], segments.Select(s => s.Branch));
        Assert.Equal(80, segments[1].Points[^1].TemperatureK);
        Assert.Equal(2 * 70 * 60, segments[1].Points[^1].TimeS!.Value, 9);
        Assert.All(segments.SelectMany(s => s.Points), p => Assert.Equal(0.01, p.Light));
    }

    [Fact]
    public void ATemperatureLoopWithARateRunsInTime()
    {
        var protocol = Assert.IsType<TemperatureLoop>(Read(new JsonObject
        {
            ["kind"] = "temperature-loop",
            ["fromK"] = 190,
            ["toK"] = 210,
            ["stepK"] = 10,
            ["rateKPerMin"] = 2,
        }).Protocol);
        Assert.True(protocol.RunsInTime);
        var segments = Assert.Single(protocol.Paths()).Segments;
        Assert.Equal([0.0, 300, 600], segments[0].Points.Select(p => p.TimeS!.Value));
        Assert.Equal([600.0, 900, 1200], segments[1].Points.Select(p => p.TimeS!.Value));
    }

    [Fact]
    public void TimedProtocolsNeedTheKinetics()
    {
        var error = Refuse(new JsonObject { ["kind"] = "relaxation", ["temperatureK"] = 60, ["durationS"] = 100 }, kinetics: false);
        Assert.Contains("kinetics", error.Message);
        Assert.Contains("$.model", error.Message);
    }

    [Fact]
    public void BadKineticFieldsAreNamed()
    {
        Assert.Contains("$.protocol.firstSampleS", Refuse(new JsonObject
        {
            ["kind"] = "irradiation",
            ["temperatureK"] = 10,
            ["excitationRatePerS"] = 1,
            ["durationS"] = 10,
            ["firstSampleS"] = 20,
        }).Message);
        Assert.Contains("$.protocol.toK", Refuse(new JsonObject
        {
            ["kind"] = "liesst",
            ["excitationRatePerS"] = 1,
            ["irradiationS"] = 10,
            ["toK"] = 5,
        }).Message);
        Assert.Contains("$.protocol.initialHsFraction", Refuse(new JsonObject
        {
            ["kind"] = "relaxation",
            ["temperatureK"] = 60,
            ["durationS"] = 100,
            ["initialHsFraction"] = 1.5,
        }).Message);
    }

    [Fact]
    public void KineticConfigsRoundTripThroughTheResolvedConfig()
    {
        foreach (var protocol in new[]
        {
            new JsonObject { ["kind"] = "relaxation", ["temperatureK"] = 60, ["durationS"] = 100, ["initialHsFraction"] = 0.8,
                ["irradiation"] = new JsonObject { ["excitationRatePerS"] = 0.1, ["durationS"] = 50 } },
            new JsonObject { ["kind"] = "liesst", ["excitationRatePerS"] = 0.05, ["irradiationS"] = 3600, ["toK"] = 100 },
            new JsonObject { ["kind"] = "lith", ["temperaturesK"] = new JsonArray(60, 10), ["excitationRatePerS"] = 0.01, ["rateKPerMin"] = 1 },
        })
        {
            var config = Read(protocol);
            var again = ConfigReader.Parse(ConfigJson.Format(ConfigJson.ToNode(config)), "run.json");
            Assert.Equal(((IsingLikeModelConfig)config.Model).Kinetics, ((IsingLikeModelConfig)again.Model).Kinetics);
            Assert.Equal(config.Protocol.InitialHsFraction, again.Protocol.InitialHsFraction);
            Assert.Equal(
                config.Protocol.Paths().SelectMany(p => p.Segments).SelectMany(s => s.Points),
                again.Protocol.Paths().SelectMany(p => p.Segments).SelectMany(s => s.Points));
        }
    }
}
