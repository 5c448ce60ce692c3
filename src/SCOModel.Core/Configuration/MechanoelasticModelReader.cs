using System.Globalization;
using System.Text.Json;
using SCOModel.Core.Units;

namespace SCOModel.Core.Configuration;

/// <summary>
/// Reads a model of kind "mechanoelastic" (PHYSICS.md §4): the spin-state energetics (Δ or ΔH, ln g or ΔS), the
/// activation energy, the radii, the spring constant (and k' for a square or cubic lattice), κ, the lattice (2D:
/// triangular, square; 3D: cubic, fcc), and optionally the relaxation method, the box of a periodic lattice and the
/// snapshot temperatures and pressures. Refuses unknown fields, radii with R_HS ≤ R_LS, non-positive stiffness, a shape
/// of the other dimension (a cube of a triangular lattice, a hexagon of an fcc one), and lattices too small to be rigid.
/// </summary>
internal static class MechanoelasticModelReader
{
    /// <summary>The largest lattice: the relaxation after every step is O(N) per iteration, and runs are interactive.</summary>
    public const int MaxMolecules = 200_000;

    private static readonly string[] Fields =
    [
        "kind", "deltaK", "deltaH_kJmol", "lnG", "deltaS_JmolK", "activationEnergyK", "radiusLsA", "radiusHsA",
        "springConstantKPerA2", "nextNeighbourSpringConstantKPerA2", "kappaA", "boxLatticeConstantA", "relaxation",
        "lattice", "snapshotsAtK", "snapshotsAtGPa", "layerThicknessA", "deltaVA3", "ensemble",
    ];

    public static MechanoelasticModelConfig Read(ConfigNode model)
    {
        model.RejectUnknownFields(Fields);
        var (deltaK, lnG) = ConfigReader.ReadGapAndEntropy(model);
        double radiusLs = model.Required("radiusLsA").Number(double.Epsilon, double.MaxValue, "a positive radius in Å");
        var radiusHsNode = model.Required("radiusHsA");
        double radiusHs = radiusHsNode.Number(double.Epsilon, double.MaxValue, "a positive radius in Å");
        if (!(radiusHs > radiusLs))
        {
            throw radiusHsNode.Error(
                $"the HS radius must exceed the LS radius ({Format(radiusLs)} Å), got {Format(radiusHs)} Å");
        }

        var lattice = ReadLattice(model.Required("lattice"));
        double nextNeighbour = 0;
        string kindName = ConfigJson.Name(lattice.Kind);
        if (lattice.Kind is MechanoelasticLatticeKind.Square or MechanoelasticLatticeKind.Cubic)
        {
            var k2 = model.Optional("nextNeighbourSpringConstantKPerA2") ?? throw model.Error(
                $"missing field 'nextNeighbourSpringConstantKPerA2': a {kindName} lattice has no shear rigidity without its " +
                "diagonal springs k'");
            nextNeighbour = k2.Number(double.Epsilon, double.MaxValue,
                $"a positive spring constant in K/Å² (a {kindName} lattice has no shear rigidity without its diagonal springs)");
        }
        else if (model.Optional("nextNeighbourSpringConstantKPerA2") is { } k2 && k2.Number() != 0)
        {
            throw k2.Error(
                $"next-neighbour springs k' are for the square lattice (and the cubic one); the {kindName} lattice is rigid " +
                "with nearest-neighbour springs alone (omit the field or give 0)");
        }

        if (lattice.Dimension == 3 && model.Optional("layerThicknessA") is { } layerNode)
        {
            throw layerNode.Error(
                $"'layerThicknessA' applies only to a 2D lattice (a pressure acts on the boundary of a 3D {kindName} sample as it is)");
        }

        double? box = null;
        if (model.Optional("boxLatticeConstantA") is { } boxNode)
        {
            if (lattice.Shape != MechanoelasticShape.Periodic)
            {
                throw boxNode.Error("'boxLatticeConstantA' applies only to a periodic lattice (an open sample has no box)");
            }

            box = boxNode.Number(double.Epsilon, double.MaxValue, "a positive lattice constant in Å");
        }

        MechanoelasticEnsemble? ensemble = null;
        if (model.Optional("ensemble") is { } ensembleNode)
        {
            if (lattice.Shape != MechanoelasticShape.Periodic)
            {
                throw ensembleNode.Error("'ensemble' applies only to a periodic lattice (an open sample is always at constant pressure)");
            }

            ensemble = ensembleNode.Choice<MechanoelasticEnsemble>("ensemble");
        }

        return new MechanoelasticModelConfig
        {
            Ensemble = ensemble,
            DeltaK = deltaK,
            LnG = lnG,
            ActivationEnergyK = model.Required("activationEnergyK").Number(0, double.MaxValue, "a non-negative energy in kelvin"),
            RadiusLsA = radiusLs,
            RadiusHsA = radiusHs,
            SpringConstantKPerA2 = model.Required("springConstantKPerA2").Number(double.Epsilon, double.MaxValue, "a positive spring constant in K/Å²"),
            NextNeighbourSpringConstantKPerA2 = nextNeighbour,
            KappaA = model.Required("kappaA").Number(),
            BoxLatticeConstantA = box,
            LayerThicknessA = model.Optional("layerThicknessA")?.Number(double.Epsilon, double.MaxValue, "a positive thickness in Å"),
            DeltaVA3 = model.Optional("deltaVA3")?.Number() ?? 0,
            Relaxation = model.Optional("relaxation")?.Choice<MechanoelasticRelaxationMethod>("relaxation method")
                ?? MechanoelasticRelaxationMethod.Newton,
            Lattice = lattice,
            SnapshotsAtK = model.Optional("snapshotsAtK")?.Items()
                .Select(i => i.Number(double.Epsilon, double.MaxValue, "a positive temperature in kelvin")).ToArray() ?? [],
            SnapshotsAtGPa = model.Optional("snapshotsAtGPa")?.Items()
                .Select(i => i.Number(-1e6, 1e6, "a pressure in GPa")).ToArray() ?? [],
        };
    }

    private static MechanoelasticLatticeSpec ReadLattice(ConfigNode node)
    {
        node.RejectUnknownFields("kind", "shape", "size");
        var kind = node.Required("kind").Choice<MechanoelasticLatticeKind>("mechanoelastic lattice kind");
        var shape = node.Required("shape").Choice<MechanoelasticShape>("lattice shape");
        var sizeNode = node.Required("size");
        int dimension = MechanoelasticLatticeSpec.DimensionOf(kind);
        if (MechanoelasticLatticeSpec.DimensionOf(shape) is { } shapeDimension && shapeDimension != dimension)
        {
            throw node.Required("shape").Error(dimension == 3
                ? $"a 3D {ConfigJson.Name(kind)} lattice is cut to a cube or a sphere, or periodic; not a {ConfigJson.Name(shape)}"
                : $"a {ConfigJson.Name(shape)} cuts a 3D lattice (cubic, fcc); a 2D {ConfigJson.Name(kind)} lattice is cut to " +
                  (kind == MechanoelasticLatticeKind.Square ? "a rectangle or a disc" : "a hexagon, a disc or a rectangle") + ", or periodic");
        }

        int[] size = sizeNode.Element.ValueKind == JsonValueKind.Number
            ? [(int)sizeNode.Integer(1, 100_000)]
            : sizeNode.Items().Select(i => (int)i.Integer(1, 100_000)).ToArray();
        int expected = MechanoelasticLatticeSpec.SizeCount(kind, shape);
        if (size.Length != expected)
        {
            throw sizeNode.Error(expected switch
            {
                1 => $"a {ConfigJson.Name(shape)} takes one size (its {OneSize(shape)}), got {size.Length}",
                2 => $"a {ConfigJson.Name(shape)} takes two sizes [molecules per row, rows], got {size.Length}",
                _ => $"a periodic {ConfigJson.Name(kind)} box takes three sizes [cubic cells along x, y, z], got {size.Length}",
            });
        }

        long cellMolecules = kind == MechanoelasticLatticeKind.Fcc ? 4 : 1;
        long molecules = shape switch
        {
            MechanoelasticShape.Hexagon => 3L * size[0] * (size[0] - 1) + 1,
            MechanoelasticShape.Disc => (long)(Math.PI * size[0] * size[0] * 2 / Math.Sqrt(3)) + 2 * size[0] + 1,

            // An fcc sphere of radius r nearest-neighbour distances holds about (4π/3) r³ √2 molecules.
            MechanoelasticShape.Sphere => (long)(4 * Math.PI / 3 * Math.Pow(size[0] + 1, 3) * (kind == MechanoelasticLatticeKind.Fcc ? Math.Sqrt(2) : 1)),
            MechanoelasticShape.Cube => cellMolecules * (size[0] + 1L) * (size[0] + 1L) * (size[0] + 1L),
            _ when size.Length == 3 => cellMolecules * size[0] * size[1] * size[2],
            _ => (long)size[0] * size[1],
        };
        if (kind == MechanoelasticLatticeKind.Square && shape == MechanoelasticShape.Hexagon)
        {
            throw node.Required("shape").Error("a square lattice is cut to a rectangle or a disc, or periodic; not a hexagon");
        }

        if (kind == MechanoelasticLatticeKind.Square && shape == MechanoelasticShape.Periodic && size.Min() < 3)
        {
            throw sizeNode.Error($"a periodic square box needs at least 3 molecules along each axis, got [{string.Join(", ", size)}]");
        }

        if (kind == MechanoelasticLatticeKind.Triangular && shape == MechanoelasticShape.Periodic &&
            (size[0] < 3 || size[1] < 4 || size[1] % 2 != 0))
        {
            throw sizeNode.Error(
                $"a periodic triangular box needs at least 3 molecules per row and an even number of rows (at least 4), " +
                $"got [{string.Join(", ", size)}]");
        }

        if (kind == MechanoelasticLatticeKind.Cubic && shape == MechanoelasticShape.Periodic && size.Min() < 3)
        {
            throw sizeNode.Error($"a periodic cubic box needs at least 3 cells along each axis, got [{string.Join(", ", size)}]");
        }

        if (kind == MechanoelasticLatticeKind.Fcc && shape == MechanoelasticShape.Periodic && size.Min() < 2)
        {
            throw sizeNode.Error($"a periodic fcc box needs at least 2 cubic cells along each axis, got [{string.Join(", ", size)}]");
        }

        // A cubic sphere of radius 1 a (a centre and its six neighbours) holds no tetrahedron of the lattice: no volume
        // for a pressure to act on (PHYSICS.md §4).
        if (kind == MechanoelasticLatticeKind.Cubic && shape == MechanoelasticShape.Sphere && size[0] < 2)
        {
            throw sizeNode.Error($"an open cubic sphere needs a radius of at least 2 (nearest-neighbour distances) to have a volume, got {size[0]}");
        }

        if (dimension == 2 && shape != MechanoelasticShape.Periodic && (size.Min() < 2))
        {
            throw sizeNode.Error($"an open {ConfigJson.Name(shape)} needs every size at least 2, got [{string.Join(", ", size)}]");
        }

        if (molecules > MaxMolecules)
        {
            throw sizeNode.Error(string.Create(CultureInfo.InvariantCulture,
                $"about {molecules:N0} molecules; the mechanoelastic model allows at most {MaxMolecules:N0}"));
        }

        return new MechanoelasticLatticeSpec(kind, shape, size);
    }

    private static string OneSize(MechanoelasticShape shape) => shape switch
    {
        MechanoelasticShape.Hexagon => "side in molecules",
        MechanoelasticShape.Cube => "edge in cubic cells",
        MechanoelasticShape.Sphere => "radius in nearest-neighbour distances",
        _ => "radius in lattice constants",
    };

    private static string Format(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
