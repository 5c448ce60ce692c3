using SCOModel.Core.Configuration;
using SCOModel.Mechanics.Mechanoelastic;

namespace SCOModel.Mechanics.Tests.Mechanoelastic;

/// <summary>
/// The two elastic relaxations against each other and against the exact checks of PHYSICS.md §4: a uniform state
/// relaxes to spacing 2 R; an open chain has no cooperativity (every spring at rest); a ring of fixed length has the
/// convex energy A N (n − n0)², A = 2 k δR², n0 = (a0 − 2 R_LS)/(2 δR), with equal strains.
/// </summary>
public sealed class RelaxationTests
{
    private const double RadiusLs = 2.0;
    private const double RadiusHs = 2.2;
    private const double K = 5000;
    private const double Tolerance = 1e-9 * K;

    // Lengths are exact to about the force tolerance over the stiffness of a few springs in series.
    private const double Precision = 100 * Tolerance / K;

    private const double DiagonalK = 2000;

    public static TheoryData<MechanoelasticLatticeKind, MechanoelasticShape, int[]> Samples() => new()
    {
        { MechanoelasticLatticeKind.Triangular, MechanoelasticShape.Hexagon, [6] },
        { MechanoelasticLatticeKind.Triangular, MechanoelasticShape.Disc, [5] },
        { MechanoelasticLatticeKind.Triangular, MechanoelasticShape.Rectangle, [9, 7] },
        { MechanoelasticLatticeKind.Triangular, MechanoelasticShape.Periodic, [8, 6] },
        { MechanoelasticLatticeKind.Square, MechanoelasticShape.Rectangle, [8, 7] },
        { MechanoelasticLatticeKind.Square, MechanoelasticShape.Disc, [5] },
        { MechanoelasticLatticeKind.Square, MechanoelasticShape.Periodic, [7, 6] },
    };

    private static MechanoelasticLattice Build(MechanoelasticLatticeKind kind, MechanoelasticShape shape, int[] size, double spacing) =>
        kind == MechanoelasticLatticeKind.Square
            ? SquareLattice.Build(new(kind, shape, size), spacing, K, DiagonalK)
            : TriangularLattice.Build(new(kind, shape, size), spacing, K);

    private static IElasticRelaxation Create(MechanoelasticRelaxationMethod method, MechanoelasticLattice lattice) =>
        method == MechanoelasticRelaxationMethod.Newton
            ? new NewtonRelaxation(lattice, Tolerance)
            : new DampedDynamicsRelaxation(lattice, Tolerance);

    private static double[] RandomRadii(int n, int seed, double fraction = 0.5)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, n).Select(_ => random.NextDouble() < fraction ? RadiusHs : RadiusLs).ToArray();
    }

    [Theory]
    [InlineData(MechanoelasticLatticeKind.Triangular, MechanoelasticShape.Hexagon, MechanoelasticRelaxationMethod.Newton)]
    [InlineData(MechanoelasticLatticeKind.Triangular, MechanoelasticShape.Hexagon, MechanoelasticRelaxationMethod.DampedDynamics)]
    [InlineData(MechanoelasticLatticeKind.Triangular, MechanoelasticShape.Disc, MechanoelasticRelaxationMethod.Newton)]
    [InlineData(MechanoelasticLatticeKind.Triangular, MechanoelasticShape.Rectangle, MechanoelasticRelaxationMethod.Newton)]
    [InlineData(MechanoelasticLatticeKind.Triangular, MechanoelasticShape.Rectangle, MechanoelasticRelaxationMethod.DampedDynamics)]
    [InlineData(MechanoelasticLatticeKind.Square, MechanoelasticShape.Rectangle, MechanoelasticRelaxationMethod.Newton)]
    [InlineData(MechanoelasticLatticeKind.Square, MechanoelasticShape.Disc, MechanoelasticRelaxationMethod.DampedDynamics)]
    public void AnOpenLsLatticeTurnedAllHsRelaxesToSpacingTwiceRHs(MechanoelasticLatticeKind kind, MechanoelasticShape shape,
        MechanoelasticRelaxationMethod method)
    {
        int[] size = shape == MechanoelasticShape.Rectangle ? [8, 6] : [5];
        var lattice = Build(kind, shape, size, 2 * RadiusLs);
        var positions = lattice.Positions.ToArray();
        var radii = Enumerable.Repeat(RadiusHs, lattice.SiteCount).ToArray();

        var outcome = Create(method, lattice).Relax(positions, radii);

        Assert.True(outcome.Converged, $"{outcome}");
        foreach (var s in lattice.Springs.ToArray())
        {
            Assert.Equal(0, SpringNetwork.Elongation(s, positions, radii), Precision);
        }

        var geometry = MechanoelasticObservables.Measure(lattice, positions, radii);
        var (a, b, gamma, distance) = (geometry[0], geometry[1], geometry[2], geometry[3]);
        var (area, elongation) = (geometry[4], geometry[5]);
        Assert.Equal(2 * RadiusHs, a, Precision);
        Assert.Equal(2 * RadiusHs, b, Precision);
        Assert.Equal(2 * RadiusHs, distance, Precision);
        Assert.Equal(kind == MechanoelasticLatticeKind.Square ? 90 : 60, gamma, 1e-6);
        double cell = kind == MechanoelasticLatticeKind.Square ? 1 : Math.Sqrt(3) / 2;
        Assert.Equal(cell * (2 * RadiusHs) * (2 * RadiusHs), area, 10 * Precision);
        Assert.Equal(0, elongation, Precision);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void NewtonAndDampedDynamicsAgreeOnRandomSpinStates(MechanoelasticLatticeKind kind, MechanoelasticShape shape, int[] size)
    {
        var lattice = Build(kind, shape, size, RadiusLs + RadiusHs);
        for (int seed = 1; seed <= 3; seed++)
        {
            var radii = RandomRadii(lattice.SiteCount, seed, 0.3 * seed);
            var newton = lattice.Positions.ToArray();
            var damped = lattice.Positions.ToArray();

            var fast = Create(MechanoelasticRelaxationMethod.Newton, lattice).Relax(newton, radii);
            var reference = Create(MechanoelasticRelaxationMethod.DampedDynamics, lattice).Relax(damped, radii);

            Assert.True(fast.Converged && reference.Converged, $"{fast} {reference}");
            Assert.True(fast.Iterations < 20, $"Newton took {fast.Iterations} steps");
            var newtonPressures = new double[lattice.SiteCount];
            var dampedPressures = new double[lattice.SiteCount];
            SpringNetwork.LocalPressures(lattice, newton, radii, newtonPressures);
            SpringNetwork.LocalPressures(lattice, damped, radii, dampedPressures);
            foreach (var s in lattice.Springs.ToArray())
            {
                Assert.Equal(SpringNetwork.Elongation(s, damped, radii), SpringNetwork.Elongation(s, newton, radii), Precision);
            }

            for (int i = 0; i < lattice.SiteCount; i++)
            {
                Assert.Equal(dampedPressures[i], newtonPressures[i], 6 * K * Precision);
            }

            double energy = SpringNetwork.Energy(lattice, damped, radii);
            Assert.Equal(energy, SpringNetwork.Energy(lattice, newton, radii), 1e-9 * energy);
        }
    }

    [Theory]
    [InlineData(MechanoelasticRelaxationMethod.Newton)]
    [InlineData(MechanoelasticRelaxationMethod.DampedDynamics)]
    public void AnOpenChainHasNoCooperativityEverySpringRelaxesToRest(MechanoelasticRelaxationMethod method)
    {
        var lattice = MechanoelasticLattice.Chain(25, 2 * RadiusLs, K);
        var radii = RandomRadii(lattice.SiteCount, 7);
        var positions = lattice.Positions.ToArray();

        var outcome = Create(method, lattice).Relax(positions, radii);

        Assert.True(outcome.Converged, $"{outcome}");
        var pressures = new double[lattice.SiteCount];
        SpringNetwork.LocalPressures(lattice, positions, radii, pressures);
        Assert.All(pressures, p => Assert.Equal(0, p, 2 * K * Precision));
        Assert.Equal(0, SpringNetwork.Energy(lattice, positions, radii), 1e-9);
    }

    [Theory]
    [InlineData(MechanoelasticRelaxationMethod.Newton, 4.2)]
    [InlineData(MechanoelasticRelaxationMethod.Newton, 4.05)]
    [InlineData(MechanoelasticRelaxationMethod.DampedDynamics, 4.3)]
    public void ARingOfFixedLengthHasTheConvexMeanFieldEnergy(MechanoelasticRelaxationMethod method, double a0)
    {
        const int n = 30;
        var lattice = MechanoelasticLattice.Ring(n, a0, K);
        double deltaR = RadiusHs - RadiusLs;
        double amplitude = 2 * K * deltaR * deltaR;
        double n0 = (a0 - 2 * RadiusLs) / (2 * deltaR);
        for (int seed = 1; seed <= 4; seed++)
        {
            var radii = RandomRadii(n, seed, 0.25 * seed);
            var positions = lattice.Positions.ToArray();

            var outcome = Create(method, lattice).Relax(positions, radii);

            Assert.True(outcome.Converged, $"{outcome}");
            double fraction = radii.Count(r => r == RadiusHs) / (double)n;
            double expected = amplitude * n * (fraction - n0) * (fraction - n0);
            Assert.Equal(expected, SpringNetwork.Energy(lattice, positions, radii), 1e-9 * Math.Max(1, expected));

            // Strains equalise: every spring carries 2 δR (n0 − n), every molecule feels p = 2 k δ.
            double strain = 2 * deltaR * (n0 - fraction);
            foreach (var s in lattice.Springs.ToArray())
            {
                Assert.Equal(strain, SpringNetwork.Elongation(s, positions, radii), Precision);
            }

            var pressures = new double[n];
            SpringNetwork.LocalPressures(lattice, positions, radii, pressures);
            Assert.All(pressures, p => Assert.Equal(2 * K * strain, p, 2 * K * Precision));
        }
    }
}
