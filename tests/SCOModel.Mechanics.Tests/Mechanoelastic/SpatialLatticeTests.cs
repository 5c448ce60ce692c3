using SCOModel.Core.Configuration;
using SCOModel.Mechanics.Mechanoelastic;

namespace SCOModel.Mechanics.Tests.Mechanoelastic;

/// <summary>
/// The 3D lattices (issue #8): counts and volumes of the open cube from its geometry, and the exact relaxed states of
/// uniform samples: all molecules HS, every nearest-neighbour spring rests at 2 R_HS (the cubic lattice's face
/// diagonals at 2√2 R_HS), so the lattice parameters, angles and volume per molecule follow from the geometry.
/// </summary>
public sealed class SpatialLatticeTests
{
    private const double K = 6500;
    private const double KDiagonal = 2000;
    private const double RadiusLs = 2.0;
    private const double RadiusHs = 2.2;

    private static MechanoelasticLattice Build(MechanoelasticLatticeKind kind, MechanoelasticShape shape, int[] size, double spacing) =>
        kind == MechanoelasticLatticeKind.Cubic
            ? CubicLattice.Build(new(kind, shape, size), spacing, K, KDiagonal)
            : FccLattice.Build(new(kind, shape, size), spacing, K);

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void AnOpenSimpleCubicCubeHasItsMoleculesSpringsAndVolume(int cells)
    {
        var lattice = Build(MechanoelasticLatticeKind.Cubic, MechanoelasticShape.Cube, [cells], 4.0);
        int l = cells;

        Assert.Equal(3, lattice.Dimension);
        Assert.Equal((l + 1) * (l + 1) * (l + 1), lattice.SiteCount);
        Assert.Equal(3 * l * (l + 1) * (l + 1), lattice.Springs.ToArray().Count(s => !s.Diagonal));
        Assert.Equal(6 * l * l * (l + 1), lattice.Springs.ToArray().Count(s => s.Diagonal));
        Assert.Equal(6 * l * l * l, lattice.Tetrahedra.Length);
        Assert.Equal(Math.Pow(l * 4.0, 3), BoundaryPressure.Volume(lattice, lattice.Positions), 9);
        foreach (var (a, b, c, d) in lattice.Tetrahedra)
        {
            Assert.Equal(Math.Pow(4.0, 3) / 6, BoundaryPressure.SignedVolume(lattice.Positions, a, b, c, d), 9);
        }

        foreach (var s in lattice.Springs)
        {
            Assert.Equal(s.Diagonal ? 4 * Math.Sqrt(2) : 4, SpringNetwork.Length(s, lattice.Positions, 3), 12);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void AnOpenFccCubeHasItsMoleculesAndTheVolumeOfItsCubicCells(int cells)
    {
        // 4 L³ + 6 L² + 3 L + 1 molecules: (L + 1)³ corners and 3 L² (L + 1) face centres; every spring at a.
        const double a = 4.0;
        double cubicEdge = Math.Sqrt(2) * a;
        var lattice = Build(MechanoelasticLatticeKind.Fcc, MechanoelasticShape.Cube, [cells], a);
        int l = cells;

        Assert.Equal(4 * l * l * l + 6 * l * l + 3 * l + 1, lattice.SiteCount);
        Assert.Equal(Math.Pow(l * cubicEdge, 3), BoundaryPressure.Volume(lattice, lattice.Positions), 9);
        foreach (var (p, q, r, t) in lattice.Tetrahedra)
        {
            Assert.Equal(Math.Pow(cubicEdge, 3) / 24, BoundaryPressure.SignedVolume(lattice.Positions, p, q, r, t), 9);
        }

        foreach (var s in lattice.Springs)
        {
            Assert.Equal(a, SpringNetwork.Length(s, lattice.Positions, 3), 12);
        }

        // The bulk has z = 12 (a single cell has no molecule inside).
        Assert.Equal(cells > 1 ? 12 : 8, lattice.MaxCoordination);
    }

    [Theory]
    [InlineData(MechanoelasticLatticeKind.Cubic, MechanoelasticShape.Cube, new[] { 3 })]
    [InlineData(MechanoelasticLatticeKind.Cubic, MechanoelasticShape.Sphere, new[] { 3 })]
    [InlineData(MechanoelasticLatticeKind.Fcc, MechanoelasticShape.Cube, new[] { 2 })]
    [InlineData(MechanoelasticLatticeKind.Fcc, MechanoelasticShape.Sphere, new[] { 2 })]
    public void AnAllHsOpenSampleRelaxesToSpacingTwiceRHsWithNoForce(MechanoelasticLatticeKind kind, MechanoelasticShape shape, int[] size)
    {
        // Built at 2 R_LS (the LS state), every molecule turned HS: the only zero-force state of a rigid network with
        // rest lengths 2 R_HS is the lattice scaled to spacing 2 R_HS.
        var lattice = Build(kind, shape, size, 2 * RadiusLs);
        var radii = Enumerable.Repeat(RadiusHs, lattice.SiteCount).ToArray();
        var positions = lattice.Positions.ToArray();
        const double tolerance = 1e-7 * K;

        var outcome = new DampedDynamicsRelaxation(lattice, tolerance).Relax(positions, radii);

        Assert.True(outcome.Converged, $"max force {outcome.MaxForce}");
        var forces = new double[positions.Length];
        SpringNetwork.Forces(lattice, positions, radii, forces);
        Assert.True(SpringNetwork.MaxForce(forces, 3) < tolerance);
        foreach (var s in lattice.Springs)
        {
            Assert.Equal(s.Diagonal ? 2 * Math.Sqrt(2) * RadiusHs : 2 * RadiusHs, SpringNetwork.Length(s, positions, 3), 5);
        }

        // a = b = c (the nearest-neighbour spacing, or the fcc cubic edge √2 times it), 90° angles, a³ or a³/4 per molecule.
        double edge = kind == MechanoelasticLatticeKind.Cubic ? 2 * RadiusHs : 2 * Math.Sqrt(2) * RadiusHs;
        double volume = kind == MechanoelasticLatticeKind.Cubic ? Math.Pow(edge, 3) : Math.Pow(edge, 3) / 4;
        var geometry = MechanoelasticObservables.SpatialNames.Zip(MechanoelasticObservables.Measure(lattice, positions, radii))
            .ToDictionary(p => p.First, p => p.Second);
        Assert.Equal(edge, geometry[MechanoelasticObservables.LatticeParameter], 5);
        Assert.Equal(edge, geometry[MechanoelasticObservables.SecondLatticeParameter], 5);
        Assert.Equal(edge, geometry[MechanoelasticObservables.ThirdLatticeParameter], 5);
        Assert.Equal(90, geometry[MechanoelasticObservables.AngleAlpha], 4);
        Assert.Equal(90, geometry[MechanoelasticObservables.AngleBeta], 4);
        Assert.Equal(90, geometry[MechanoelasticObservables.Angle], 4);
        Assert.Equal(2 * RadiusHs, geometry[MechanoelasticObservables.NearestNeighbourDistance], 5);
        Assert.Equal(volume, geometry[MechanoelasticObservables.VolumePerMolecule], 4);
        Assert.Equal(0, geometry[MechanoelasticObservables.MeanElongation], 5);
    }

    [Theory]
    [InlineData(MechanoelasticLatticeKind.Fcc, new[] { 2, 2, 3 })]
    [InlineData(MechanoelasticLatticeKind.Cubic, new[] { 3, 4, 3 })]
    public void AFreePeriodicBoxRelaxesToTheVolumePerMoleculeOfItsGeometry(MechanoelasticLatticeKind kind, int[] cells)
    {
        // At P = 0 the box relaxes until no spring is strained: nearest neighbours 2 R_HS apart, so the cubic edge is
        // a = 2 R_HS (simple cubic, one molecule per cell) or a = 2√2 R_HS (fcc: face diagonal 2 × 2 R_HS, four
        // molecules per cell), and the volume per molecule a³ or a³/4.
        var lattice = Build(kind, MechanoelasticShape.Periodic, cells, RadiusLs + RadiusHs);
        Assert.Equal(cells[0] * cells[1] * cells[2] * (kind == MechanoelasticLatticeKind.Fcc ? 4 : 1), lattice.SiteCount);
        var radii = Enumerable.Repeat(RadiusHs, lattice.SiteCount).ToArray();
        var positions = lattice.Positions.ToArray();
        var relaxation = new ConstantPressureBoxRelaxation(lattice, l => new DampedDynamicsRelaxation(l, 1e-7 * K));

        var outcome = relaxation.Relax(positions, radii);
        Assert.True(outcome.Converged, $"{outcome} box {string.Join(", ", relaxation.Lattice.BoxLengths.ToArray())}");

        double a = kind == MechanoelasticLatticeKind.Fcc ? 2 * Math.Sqrt(2) * RadiusHs : 2 * RadiusHs;
        double expected = kind == MechanoelasticLatticeKind.Fcc ? a * a * a / 4 : a * a * a;
        Assert.Equal(expected, relaxation.Lattice.BoxMeasure / lattice.SiteCount, 6);
        var geometry = MechanoelasticObservables.SpatialNames.Zip(MechanoelasticObservables.Measure(relaxation.Lattice, positions, radii))
            .ToDictionary(p => p.First, p => p.Second);
        Assert.Equal(expected, geometry[MechanoelasticObservables.VolumePerMolecule], 6);
        Assert.Equal(a, geometry[MechanoelasticObservables.LatticeParameter], 6);
        Assert.Equal(a, geometry[MechanoelasticObservables.ThirdLatticeParameter], 6);
        Assert.Equal(0, SpringNetwork.Energy(relaxation.Lattice, positions, radii), 6);
    }

    [Fact]
    public void AStretchedSimpleCubicBoxHasUnequalParametersAndRightAngles()
    {
        // A uniform box 3 x 3 x 3 stretched by 10 % along z only: a = b = spacing, c = 1.1 spacing, all angles 90°.
        var lattice = Build(MechanoelasticLatticeKind.Cubic, MechanoelasticShape.Periodic, [3, 3, 3], 4.0);
        var box = lattice.BoxLengths.ToArray();
        var stretched = lattice.WithBox([box[0], box[1], 1.1 * box[2]]);
        var positions = lattice.Positions.ToArray();
        for (int i = 2; i < positions.Length; i += 3)
        {
            positions[i] *= 1.1;
        }

        var radii = Enumerable.Repeat(2.0, lattice.SiteCount).ToArray();
        var g = MechanoelasticObservables.Measure(stretched, positions, radii);
        Assert.Equal([4.0, 4.0, 4.4, 90, 90, 90], g.Take(6).Select(x => Math.Round(x, 9)));
        Assert.Equal(4.0 * 4.0 * 4.4, g[7], 9);
    }
}
