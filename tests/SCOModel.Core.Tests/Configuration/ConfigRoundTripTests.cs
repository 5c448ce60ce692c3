using System.Text.Json;
using System.Text.Json.Nodes;
using SCOModel.Core.Configuration;
using SCOModel.Core.Protocols;

namespace SCOModel.Core.Tests.Configuration;

/// <summary>
/// The resolved config, serialised with ConfigJson (as run.json holds it), is again a valid config file that reads
/// back into an equal config.
/// </summary>
public class ConfigRoundTripTests
{
    public static TheoryData<string> Configs => new()
    {
        ConfigText.Minimal,
        ConfigText.With(root =>
        {
            root["threads"] = 2;
            root["monteCarlo"] = new JsonObject { ["update"] = "heat-bath", ["replicas"] = 3 };
            root.Model()["couplingByDirectionK"] = new JsonArray(80, 120);
            root.Model()["longRangeK"] = 12.5;
            root.Model()["deltaVA3"] = 25;
            root.Model().Remove("deltaK");
            root.Model()["deltaH_kJmol"] = 9.5;
            root.Lattice()["boundary"] = "open";
            root.Protocol()["pressureGPa"] = 0.25;
            root.Protocol()["initialState"] = "random";
        }),
        ConfigText.With(root =>
        {
            root.Lattice()["kind"] = "all-to-all";
            root.Lattice()["size"] = new JsonArray(64);
            root.Lattice()["coordination"] = 6;
            var protocol = root.Protocol();
            protocol["kind"] = "temperature-scan";
            protocol.Remove("fromK");
            protocol.Remove("toK");
            protocol.Remove("stepK");
            protocol["temperaturesK"] = new JsonArray(150, 175.5, 200);
        }),
    };

    private static void AssertEquivalent(SimulationConfig expected, SimulationConfig actual)
    {
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.Seed, actual.Seed);
        Assert.Equal(expected.Threads, actual.Threads);
        Assert.Equal(expected.MonteCarlo, actual.MonteCarlo);

        var m0 = Assert.IsType<IsingLikeModelConfig>(expected.Model);
        var m1 = Assert.IsType<IsingLikeModelConfig>(actual.Model);
        Assert.Equal(m0.Parameters, m1.Parameters);
        Assert.Equal(m0.CouplingByDirectionK, m1.CouplingByDirectionK);
        Assert.Equal(m0.Lattice.Kind, m1.Lattice.Kind);
        Assert.Equal(m0.Lattice.Size, m1.Lattice.Size);
        Assert.Equal(m0.Lattice.Boundary, m1.Lattice.Boundary);
        Assert.Equal(m0.Lattice.Coordination, m1.Lattice.Coordination);

        Assert.Equal(expected.Protocol.GetType(), actual.Protocol.GetType());
        Assert.Equal(expected.Protocol.InitialState, actual.Protocol.InitialState);
        Assert.Equal(expected.Protocol.EquilibrationSweeps, actual.Protocol.EquilibrationSweeps);
        Assert.Equal(expected.Protocol.SweepsPerPoint, actual.Protocol.SweepsPerPoint);
        var paths0 = expected.Protocol.Paths().SelectMany(p => p.Segments).ToArray();
        var paths1 = actual.Protocol.Paths().SelectMany(p => p.Segments).ToArray();
        Assert.Equal(paths0.Select(s => s.Branch), paths1.Select(s => s.Branch));
        Assert.Equal(paths0.SelectMany(s => s.Points), paths1.SelectMany(s => s.Points));
    }

    [Theory]
    [MemberData(nameof(Configs))]
    public void ToNodeParsesBackIntoAnEqualConfig(string json)
    {
        var config = ConfigReader.Parse(json, "original.json");
        string resolved = ConfigJson.ToNode(config).ToJsonString(ConfigJson.Options);
        var again = ConfigReader.Parse(resolved, "resolved.json");
        AssertEquivalent(config, again);

        // And the resolved form is a fixed point.
        Assert.Equal(resolved, ConfigJson.ToNode(again).ToJsonString(ConfigJson.Options));
    }

    [Theory]
    [MemberData(nameof(Configs))]
    public void JsonSerializerWithConfigOptionsParsesBackIntoAnEqualConfig(string json)
    {
        var config = ConfigReader.Parse(json, "original.json");
        string resolved = JsonSerializer.Serialize(config, ConfigJson.Options);
        AssertEquivalent(config, ConfigReader.Parse(resolved, "resolved.json"));
    }

    [Fact]
    public void ResolvedConfigUsesContractNames()
    {
        var node = ConfigJson.ToNode(ConfigReader.Parse(ConfigText.Minimal, "original.json")).AsObject();
        Assert.Equal("ising-like", (string?)node["model"]!["kind"]);
        Assert.Equal("square", (string?)node["model"]!["lattice"]!["kind"]);
        Assert.Equal("periodic", (string?)node["model"]!["lattice"]!["boundary"]);
        Assert.Equal("temperature-loop", (string?)node["protocol"]!["kind"]);
        Assert.Equal(1000, (double)node["model"]!["deltaK"]!);
        Assert.Equal(7UL, (ulong)node["seed"]!);
        Assert.Equal(InitialState.Ls.ToString().ToLowerInvariant(), (string?)node["protocol"]!["initialState"]);
    }
}
