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
    [InlineData(MechanoelasticLatticeKind.Cubic, 2)]
    [InlineData(MechanoelasticLatticeKind.Cubic, 3)]
    [InlineData(MechanoelasticLatticeKind.Cubic, 4)]
    [InlineData(MechanoelasticLatticeKind.Cubic, 5)]
    [InlineData(MechanoelasticLatticeKind.Fcc, 1)]
    [InlineData(MechanoelasticLatticeKind.Fcc, 2)]
    [InlineData(MechanoelasticLatticeKind.Fcc, 3)]
    public void EveryMoleculeOfAnOpenSphereIsInATetrahedronAndTheTetrahedraDoNotOverlap(MechanoelasticLatticeKind kind, int radius)
    {
        const double a = 4.0;
        bool cubic = kind == MechanoelasticLatticeKind.Cubic;
        var lattice = Build(kind, MechanoelasticShape.Sphere, [radius], a);
        var positions = lattice.Positions.ToArray();

        // Every lattice point within r a stays: a cubic sphere's (x, y, z) with x² + y² + z² ≤ r², an fcc one's grid
        // points (x + y + z even) of step a/√2 with x² + y² + z² ≤ 2 r².
        int reach = 2 * radius;
        int expected = (from x in Enumerable.Range(-reach, 2 * reach + 1)
                        from y in Enumerable.Range(-reach, 2 * reach + 1)
                        from z in Enumerable.Range(-reach, 2 * reach + 1)
                        where cubic ? x * x + y * y + z * z <= radius * radius
                            : ((x + y + z) & 1) == 0 && x * x + y * y + z * z <= 2 * radius * radius
                        select 1).Count();
        Assert.Equal(expected, lattice.SiteCount);

        // Each molecule in a tetrahedron (so it adds to the volume and feels the pressure), none listed twice, each of
        // the volume of a Freudenthal simplex a³/6 (cubic) or of an fcc tetrahedron or octahedron quarter a_c³/24.
        var tetrahedra = lattice.Tetrahedra.ToArray();
        var inOne = tetrahedra.SelectMany(t => new[] { t.A, t.B, t.C, t.D }).ToHashSet();
        Assert.All(Enumerable.Range(0, lattice.SiteCount), i => Assert.Contains(i, inOne));
        Assert.Equal(tetrahedra.Length, tetrahedra.Select(t => string.Join(",", new[] { t.A, t.B, t.C, t.D }.Order())).Distinct().Count());
        double each = cubic ? Math.Pow(a, 3) / 6 : Math.Pow(Math.Sqrt(2) * a, 3) / 24;
        foreach (var (p, q, r, t) in tetrahedra)
        {
            Assert.Equal(each, BoundaryPressure.SignedVolume(positions, p, q, r, t), 9);
        }

        Assert.Equal(tetrahedra.Length * each, BoundaryPressure.Volume(lattice, positions), 6);

        // No overlap: no point of a fine grid (step a/8, shifted off every face) lies inside two tetrahedra, so the sum
        // of their volumes is the volume of their union.
        const double h = a / 8;
        var inside = new Dictionary<(int, int, int), int>();
        foreach (var (p, q, r, t) in tetrahedra)
        {
            int[] corners = [p, q, r, t];
            var low = new int[3];
            var high = new int[3];
            for (int axis = 0; axis < 3; axis++)
            {
                low[axis] = (int)Math.Floor(corners.Min(c => positions[3 * c + axis]) / h) - 1;
                high[axis] = (int)Math.Ceiling(corners.Max(c => positions[3 * c + axis]) / h) + 1;
            }

            for (int i = low[0]; i <= high[0]; i++)
            {
                for (int j = low[1]; j <= high[1]; j++)
                {
                    for (int k = low[2]; k <= high[2]; k++)
                    {
                        if (Inside(positions, corners, ((i + 0.137) * h, (j + 0.291) * h, (k + 0.463) * h)))
                        {
                            inside[(i, j, k)] = inside.GetValueOrDefault((i, j, k)) + 1;
                        }
                    }
                }
            }
        }

        Assert.Equal(1, inside.Values.Max());
        Assert.Equal(BoundaryPressure.Volume(lattice, positions), inside.Count * h * h * h, 0.1 * BoundaryPressure.Volume(lattice, positions));
    }

    [Fact]
    public void ACubicSphereOfRadiusOneHasNoVolumeAndIsRefused()
    {
        // A centre and its six neighbours: no tetrahedron of the cubic lattice has its four corners among them.
        var error = Assert.Throws<ArgumentException>(() => Build(MechanoelasticLatticeKind.Cubic, MechanoelasticShape.Sphere, [1], 4.0));
        Assert.Contains("too small to have a volume", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Whether a point lies strictly inside a tetrahedron: the four volumes it makes with the faces share a sign.</summary>
    private static bool Inside(double[] positions, int[] corners, (double X, double Y, double Z) point)
    {
        var vertices = corners.Select(c => (positions[3 * c], positions[3 * c + 1], positions[3 * c + 2])).ToArray();
        double whole = Volume(vertices[0], vertices[1], vertices[2], vertices[3]);
        for (int k = 0; k < 4; k++)
        {
            var swapped = vertices.ToArray();
            swapped[k] = point;
            if (Volume(swapped[0], swapped[1], swapped[2], swapped[3]) * whole <= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>(b − a) · ((c − a) × (d − a)) / 6.</summary>
    private static double Volume((double X, double Y, double Z) a, (double X, double Y, double Z) b, (double X, double Y, double Z) c,
        (double X, double Y, double Z) d)
    {
        var (ux, uy, uz) = (b.X - a.X, b.Y - a.Y, b.Z - a.Z);
        var (vx, vy, vz) = (c.X - a.X, c.Y - a.Y, c.Z - a.Z);
        var (wx, wy, wz) = (d.X - a.X, d.Y - a.Y, d.Z - a.Z);
        return (ux * (vy * wz - vz * wy) + uy * (vz * wx - vx * wz) + uz * (vx * wy - vy * wx)) / 6;
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
