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
        "lattice": { "kind": "cubic", "shape": "hexagon", "size": 4 }, "nextNeighbourSpringConstantKPerA2": 100
        """, "3D cubic lattice is cut to a cube or a sphere")]
    [InlineData("""
        "lattice": { "kind": "triangular", "shape": "sphere", "size": 4 }
        """, "a sphere cuts a 3D lattice (cubic, fcc)")]
    [InlineData("""
        "lattice": { "kind": "square", "shape": "cube", "size": 4 }, "nextNeighbourSpringConstantKPerA2": 100
        """, "a cube cuts a 3D lattice")]
    [InlineData("""
        "lattice": { "kind": "hcp", "shape": "cube", "size": 4 }
        """, "expected one of: triangular, square, cubic, fcc")]
    [InlineData("""
        "lattice": { "kind": "cubic", "shape": "cube", "size": 3 }
        """, "a cubic lattice has no shear rigidity without its diagonal springs")]
    [InlineData("""
        "lattice": { "kind": "fcc", "shape": "sphere", "size": 3 }, "nextNeighbourSpringConstantKPerA2": 100
        """, "the fcc lattice is rigid")]
    [InlineData("""
        "lattice": { "kind": "fcc", "shape": "periodic", "size": [3, 3] }
        """, "three sizes [cubic cells along x, y, z]")]
    [InlineData("""
        "lattice": { "kind": "fcc", "shape": "periodic", "size": [3, 1, 3] }
        """, "at least 2 cubic cells")]
    [InlineData("""
        "lattice": { "kind": "cubic", "shape": "periodic", "size": [3, 3, 2] }, "nextNeighbourSpringConstantKPerA2": 100
        """, "at least 3 cells")]
    [InlineData("""
        "lattice": { "kind": "fcc", "shape": "cube", "size": [3, 3] }
        """, "one size (its edge in cubic cells)")]
    [InlineData("""
        "lattice": { "kind": "fcc", "shape": "sphere", "size": 3 }, "layerThicknessA": 4
        """, "applies only to a 2D lattice")]
    [InlineData("""
        "lattice": { "kind": "fcc", "shape": "sphere", "size": 3 }, "snapshotsAtGPa": ["high"]
        """, "snapshotsAtGPa")]
    public void BadLatticesAreRefusedWithTheReason(string lattice, string reason)
    {
        var error = Assert.Throws<ConfigException>(() => Read(Model + ", " + lattice));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACubicSphereTooSmallToHaveAVolumeIsRefusedAtItsSize()
    {
        // Radius 1 a: a centre and its six neighbours, which no tetrahedron of the cubic lattice joins.
        var error = Assert.Throws<ConfigException>(() => Read(Model + """
            , "lattice": { "kind": "cubic", "shape": "sphere", "size": 1 }, "nextNeighbourSpringConstantKPerA2": 100
            """));
        Assert.Contains("$.model.lattice.size", error.Message, StringComparison.Ordinal);
        Assert.Contains("radius of at least 2", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "kind": "fcc", "shape": "sphere", "size": 3 }""", MechanoelasticLatticeKind.Fcc, MechanoelasticShape.Sphere, new[] { 3 })]
    [InlineData("""{ "kind": "cubic", "shape": "cube", "size": 4 }, "nextNeighbourSpringConstantKPerA2": 2000""",
        MechanoelasticLatticeKind.Cubic, MechanoelasticShape.Cube, new[] { 4 })]
    [InlineData("""{ "kind": "fcc", "shape": "periodic", "size": [2, 3, 4] }, "ensemble": "constant-pressure" """,
        MechanoelasticLatticeKind.Fcc, MechanoelasticShape.Periodic, new[] { 2, 3, 4 })]
    public void ThreeDimensionalLatticesReadAndTheirResolvedConfigsReadBack(string lattice, MechanoelasticLatticeKind kind,
        MechanoelasticShape shape, int[] size)
    {
        var config = Read(Model + """, "snapshotsAtGPa": [0.1, 0.25], "lattice": """ + lattice);

        var model = Assert.IsType<MechanoelasticModelConfig>(config.Model);
        Assert.Equal(new MechanoelasticLatticeSpec(kind, shape, size), model.Lattice);
        Assert.Equal(3, model.Lattice.Dimension);
        Assert.Equal([0.1, 0.25], model.SnapshotsAtGPa);
        Assert.Null(model.LayerThicknessA);
        Assert.Equal(model, ConfigReader.Parse(ConfigJson.Format(ConfigJson.ToNode(config)), "round trip").Model);
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
