using SCOModel.Core.Configuration;
using SCOModel.Core.Lattices;
using SCOModel.Core.Protocols;

namespace SCOModel.Core.Tests.Configuration;

/// <summary>A good config parses, with every default filled in.</summary>
public class ConfigReaderDefaultsTests
{
    [Fact]
    public void MinimalConfigParsesWithDefaults()
    {
        var config = ConfigReader.Parse(ConfigText.Minimal, "test.json");
        Assert.Equal("test config", config.Name);
        Assert.Equal(7UL, config.Seed);
        Assert.Null(config.Threads);

        var model = Assert.IsType<IsingLikeModelConfig>(config.Model);
        Assert.Equal(1000, model.DeltaK);
        Assert.Equal(5, model.LnG);
        Assert.Equal(100, model.CouplingK);
        Assert.Equal(0, model.LongRangeK);
        Assert.Equal(0, model.DeltaVA3);
        Assert.Null(model.CouplingByDirectionK);
        Assert.Equal(LatticeKind.Square, model.Lattice.Kind);
        Assert.Equal([8, 8], model.Lattice.Size);
        Assert.Equal(Boundary.Periodic, model.Lattice.Boundary);

        var loop = Assert.IsType<TemperatureLoop>(config.Protocol);
        Assert.Equal([190.0, 195, 200, 205, 210], loop.TemperaturesK);
        Assert.Equal(0, loop.PressureGPa);
        Assert.Equal(InitialState.Ls, loop.InitialState);
        Assert.Equal(200, loop.EquilibrationSweeps);
        Assert.Equal(1000, loop.SweepsPerPoint);

        Assert.Equal(UpdateRule.HeatBath, config.MonteCarlo.Update);
        Assert.Equal(4, config.MonteCarlo.Replicas);
    }

    [Fact]
    public void OmittedNameSeedKindAndBoundaryGetDefaults()
    {
        var config = ConfigReader.Parse(ConfigText.With(root =>
        {
            root.Remove("name");
            root.Remove("seed");
            root.Model().Remove("kind");
            root.Lattice().Remove("boundary");
        }), "test.json");
        Assert.Equal("unnamed run", config.Name);
        Assert.Equal(SimulationConfig.DefaultSeed, config.Seed);
        Assert.IsType<IsingLikeModelConfig>(config.Model);
        Assert.Equal(Boundary.Periodic, ((IsingLikeModelConfig)config.Model).Lattice.Boundary);
    }

    [Fact]
    public void CoolingFirstLoopStartsHighSpin()
    {
        var config = ConfigReader.Parse(ConfigText.With(root =>
        {
            root.Protocol()["fromK"] = 210;
            root.Protocol()["toK"] = 190;
        }), "test.json");
        var loop = Assert.IsType<TemperatureLoop>(config.Protocol);
        Assert.False(loop.HeatsFirst);
        Assert.Equal(InitialState.Hs, loop.InitialState);
        Assert.Equal([210.0, 205, 200, 195, 190], loop.TemperaturesK);
    }

    [Fact]
    public void ScanStartsRandomAndAcceptsAnExplicitList()
    {
        var config = ConfigReader.Parse(ConfigText.With(root =>
        {
            var protocol = root.Protocol();
            protocol["kind"] = "temperature-scan";
            protocol.Remove("fromK");
            protocol.Remove("toK");
            protocol.Remove("stepK");
            protocol["temperaturesK"] = new System.Text.Json.Nodes.JsonArray(180, 190.5);
            protocol["pressureKbar"] = 3;
            protocol["sweepsPerPoint"] = 10;
            protocol["equilibrationSweeps"] = 0;
        }), "test.json");
        var scan = Assert.IsType<TemperatureScan>(config.Protocol);
        Assert.Equal([180.0, 190.5], scan.TemperaturesK);
        Assert.Equal(0.3, scan.PressureGPa, 12);
        Assert.Equal(InitialState.Random, scan.InitialState);
        Assert.Equal(10, scan.SweepsPerPoint);
        Assert.Equal(0, scan.EquilibrationSweeps);
    }

    [Fact]
    public void SingleSizeNumberMeansEveryAxis()
    {
        var config = ConfigReader.Parse(ConfigText.With(root =>
        {
            root.Lattice()["kind"] = "cubic";
            root.Lattice()["size"] = 5;
        }), "test.json");
        Assert.Equal([5, 5, 5], ((IsingLikeModelConfig)config.Model).Lattice.Size);
    }

    [Fact]
    public void AllToAllReadsItsCoordination()
    {
        var config = ConfigReader.Parse(ConfigText.With(root =>
        {
            root.Lattice()["kind"] = "all-to-all";
            root.Lattice()["size"] = new System.Text.Json.Nodes.JsonArray(50);
            root.Lattice()["coordination"] = 6;
        }), "test.json");
        Assert.Equal(LatticeKind.AllToAll, ((IsingLikeModelConfig)config.Model).Lattice.Kind);
        Assert.Equal(6, ((IsingLikeModelConfig)config.Model).Lattice.Coordination);
    }

    [Fact]
    public void MonteCarloThreadsAndPerDirectionCouplingsAreRead()
    {
        var config = ConfigReader.Parse(ConfigText.With(root =>
        {
            root["threads"] = 3;
            root["monteCarlo"] = new System.Text.Json.Nodes.JsonObject { ["update"] = "heat-bath", ["replicas"] = 2 };
            root.Model()["couplingByDirectionK"] = new System.Text.Json.Nodes.JsonArray(80, 120);
            root.Model()["longRangeK"] = 15;
            root.Model()["deltaVA3"] = 25;
        }), "test.json");
        Assert.Equal(3, config.Threads);
        Assert.Equal(UpdateRule.HeatBath, config.MonteCarlo.Update);
        Assert.Equal(2, config.MonteCarlo.Replicas);
        var model = Assert.IsType<IsingLikeModelConfig>(config.Model);
        Assert.Equal([80.0, 120], model.CouplingByDirectionK!);
        Assert.Equal(15, model.LongRangeK);
        Assert.Equal(25, model.DeltaVA3);
        Assert.Equal([80.0, 120], model.Build().CouplingByFamilyK);
    }

    [Fact]
    public void CommentsAndTrailingCommasAreAllowed()
    {
        string text = ConfigText.Minimal.Replace("\"seed\": 7,", "// a comment\n  \"seed\": 7,", StringComparison.Ordinal)
            .Replace("\"stepK\": 5 }", "\"stepK\": 5, }", StringComparison.Ordinal);
        Assert.Equal(7UL, ConfigReader.Parse(text, "test.json").Seed);
    }

    [Fact]
    public void ReadFileNamesTheFileInErrors()
    {
        string path = Path.Combine(Path.GetTempPath(), $"sco-missing-{Guid.NewGuid():N}.json");
        var error = Assert.Throws<ConfigException>(() => ConfigReader.ReadFile(path));
        Assert.Equal(path, error.Source);
    }
}
