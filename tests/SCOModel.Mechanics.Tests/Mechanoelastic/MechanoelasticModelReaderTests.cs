using SCOModel.Core.Configuration;

namespace SCOModel.Mechanics.Tests.Mechanoelastic;

public sealed class MechanoelasticModelReaderTests
{
    private const string Model = """
        "kind": "mechanoelastic", "deltaK": 1000, "lnG": 6.5, "activationEnergyK": 400,
        "radiusLsA": 2.0, "radiusHsA": 2.2, "springConstantKPerA2": 6500, "kappaA": 0.1
        """;

    private static SimulationConfig Read(string model) => ConfigReader.Parse(
        $$"""{ "model": { {{model}} }, "protocol": { "kind": "temperature-loop", "fromK": 140, "toK": 160, "stepK": 10 } }""", "test");

    [Fact]
    public void AFullModelReadsWithItsDefaults()
    {
        var config = Read(Model + """, "lattice": { "kind": "triangular", "shape": "hexagon", "size": 10 }, "snapshotsAtK": [150]""");

        var model = Assert.IsType<MechanoelasticModelConfig>(config.Model);
        Assert.Equal(new MechanoelasticLatticeSpec(MechanoelasticLatticeKind.Triangular, MechanoelasticShape.Hexagon, [10]), model.Lattice);
        Assert.Equal(MechanoelasticRelaxationMethod.Newton, model.Relaxation);
        Assert.Equal([150.0], model.SnapshotsAtK);
        Assert.Null(model.BoxLatticeConstantA);
        Assert.Equal(0.1, model.KappaA);

        // run.json's resolved config reads back to the same model.
        string json = ConfigJson.Format(ConfigJson.ToNode(config));
        Assert.Equal(model, ConfigReader.Parse(json, "round trip").Model);
    }

    [Theory]
    [InlineData("""
        "lattice": { "kind": "triangular", "shape": "periodic", "size": [6, 5] }
        """, "even number of rows")]
    [InlineData("""
        "lattice": { "kind": "triangular", "shape": "rectangle", "size": 6 }
        """, "two sizes")]
    [InlineData("""
        "lattice": { "kind": "triangular", "shape": "hexagon", "size": 4 }, "boxLatticeConstantA": 4.2
        """, "only to a periodic lattice")]
    [InlineData("""
        "lattice": { "kind": "triangular", "shape": "disc", "size": 4 }, "ensemble": "constant-pressure"
        """, "always at constant pressure")]
    [InlineData("""
        "lattice": { "kind": "triangular", "shape": "hexagon", "size": 4 }, "nextNeighbourSpringConstantKPerA2": 100
        """, "are for the square lattice")]
    [InlineData("""
        "lattice": { "kind": "square", "shape": "hexagon", "size": 4 }, "nextNeighbourSpringConstantKPerA2": 100
        """, "not a hexagon")]
    [InlineData("""
        "lattice": { "kind": "square", "shape": "rectangle", "size": [6, 6] }
        """, "no shear rigidity without its diagonal springs")]
    [InlineData("""
        "lattice": { "kind": "cubic", "shape": "hexagon", "size": 4 }
        """, "expected one of: triangular, square")]
    public void BadLatticesAreRefusedWithTheReason(string lattice, string reason)
    {
        var error = Assert.Throws<ConfigException>(() => Read(Model + ", " + lattice));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APeriodicBoxReadsItsEnsemble()
    {
        var config = Read(Model + """, "lattice": { "kind": "triangular", "shape": "periodic", "size": [6, 6] }""" +
            """, "ensemble": "constant-pressure", "layerThicknessA": 4, "deltaVA3": 10""");

        var model = Assert.IsType<MechanoelasticModelConfig>(config.Model);
        Assert.Equal(MechanoelasticEnsemble.ConstantPressure, model.Ensemble);
        Assert.Equal(4, model.LayerThicknessA);
        Assert.Equal(10, model.DeltaVA3);
        Assert.Equal(model, ConfigReader.Parse(ConfigJson.Format(ConfigJson.ToNode(config)), "round trip").Model);
    }

    [Fact]
    public void AnHsRadiusNotAboveTheLsRadiusIsRefused()
    {
        var error = Assert.Throws<ConfigException>(() => Read(
            Model.Replace("\"radiusHsA\": 2.2", "\"radiusHsA\": 1.9", StringComparison.Ordinal) +
            """, "lattice": { "kind": "triangular", "shape": "disc", "size": 4 }"""));
        Assert.Contains("must exceed the LS radius", error.Message, StringComparison.Ordinal);
        Assert.Contains("radiusHsA", error.Message, StringComparison.Ordinal);
    }
}
