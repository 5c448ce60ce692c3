using SCOModel.Core.Configuration;
using SCOModel.Core.Protocols;
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
    [InlineData(MechanoelasticLatticeKind.Fcc, MechanoelasticShape.Cube, 2)]
    [InlineData(MechanoelasticLatticeKind.Cubic, MechanoelasticShape.Cube, 3)]
    [InlineData(MechanoelasticLatticeKind.Fcc, MechanoelasticShape.Periodic, 2)]
    public void NewtonAndDampedDynamicsAgreeIn3D(MechanoelasticLatticeKind kind, MechanoelasticShape shape, int size)
    {
        // The Newton relaxation with stride 3 (3×3 blocks, the z box shift) against the damped dynamics.
        int[] sizes = shape == MechanoelasticShape.Periodic ? [size, size, size] : [size];
        var spec = new MechanoelasticLatticeSpec(kind, shape, sizes);
        var lattice = kind == MechanoelasticLatticeKind.Fcc
            ? FccLattice.Build(spec, RadiusLs + RadiusHs, K)
            : CubicLattice.Build(spec, RadiusLs + RadiusHs, K, DiagonalK);
        Assert.Equal(3, lattice.Dimension);
        var radii = RandomRadii(lattice.SiteCount, 4);
        var newton = lattice.Positions.ToArray();
        var damped = lattice.Positions.ToArray();

        var fast = new NewtonRelaxation(lattice, Tolerance);
        var outcome = fast.Relax(newton, radii);
        var reference = Create(MechanoelasticRelaxationMethod.DampedDynamics, lattice).Relax(damped, radii);

        Assert.True(outcome.Converged && reference.Converged, $"{outcome} {reference}");
        Assert.Equal(lattice.IsOpen, fast.UsesFactoredStiffness);
        Assert.True(outcome.Iterations < 20, $"Newton took {outcome.Iterations} steps");
        foreach (var s in lattice.Springs.ToArray())
        {
            Assert.Equal(SpringNetwork.Elongation(s, damped, radii, 3), SpringNetwork.Elongation(s, newton, radii, 3), Precision);
        }

        double energy = SpringNetwork.Energy(lattice, damped, radii);
        Assert.Equal(energy, SpringNetwork.Energy(lattice, newton, radii), 1e-9 * energy);
    }

    [Fact]
    public void NewtonAndDampedDynamicsAgreeAfterAMonteCarloStepThroughTheTransition()
    {
        // A realistic case: an open 16 × 16 rectangle cooled from HS by the walker to a mixed state with domains
        // (relaxed), then one more Monte Carlo step's switches (the walker's rule, with the local pressures of the
        // relaxed positions), relaxed by both methods from the same positions.
        const int size = 16;
        var parameters = new MechanoelasticParameters(1000, 6.5, 400, RadiusLs, RadiusHs, K, 0.1);
        var lattice = TriangularLattice.Build(new(MechanoelasticLatticeKind.Triangular, MechanoelasticShape.Rectangle, [size, size]),
            2 * RadiusHs, K);
        var model = new MechanoelasticModel(parameters, lattice, MechanoelasticRelaxationMethod.Newton);
        var switching = new ArrheniusSwitching(parameters, [120.0, 190.0], model.PressureScale);
        var rates = switching.At(135);
        var walker = new MechanoelasticWalker(lattice, parameters, switching, model.CreateRelaxation(), 3, 0, 0, InitialState.Hs);
        int n = lattice.SiteCount;
        for (int step = 0; step < 200 && walker.Spins.ToArray().Count(s => s > 0) > 0.7 * n; step++)
        {
            walker.Step(rates);
        }

        var radii = walker.Radii.ToArray();
        int highSpin = radii.Count(r => r == RadiusHs);
        Assert.InRange(highSpin, 0.2 * n, 0.8 * n);
        var pressures = new double[n];
        SpringNetwork.LocalPressures(lattice, walker.Positions, radii, pressures);
        var random = new Random(5);
        int switched = 0;
        for (int i = 0; i < n; i++)
        {
            bool high = radii[i] == RadiusHs;
            if (random.NextDouble() < (high ? rates.HighToLow(pressures[i]) : rates.LowToHigh(pressures[i])))
            {
                radii[i] = high ? RadiusLs : RadiusHs;
                switched++;
            }
        }

        Assert.True(switched > 0);
        var newton = walker.Positions.ToArray();
        var damped = walker.Positions.ToArray();

        var fast = Create(MechanoelasticRelaxationMethod.Newton, lattice).Relax(newton, radii);
        var reference = Create(MechanoelasticRelaxationMethod.DampedDynamics, lattice).Relax(damped, radii);

        Assert.True(fast.Converged && reference.Converged, $"{fast} {reference}");
        Assert.True(fast.Iterations <= 5, $"Newton took {fast.Iterations} steps");
        foreach (var s in lattice.Springs.ToArray())
        {
            Assert.Equal(SpringNetwork.Elongation(s, damped, radii), SpringNetwork.Elongation(s, newton, radii), Precision);
        }

        // Every molecule is left with a force below the tolerance f, so, up to a rigid-body motion, the two positions
        // differ by at most √N f / λ_min, λ_min ≈ k (π/L)² the softest elastic mode of an open L × L sample (L molecules
        // a side: a long-wave shear), a bound within a factor of a few. (The rigid-body motion is of second order in the
        // displacements: Newton's steps are projected off the infinitesimal rotation, the damped dynamics keeps zero
        // angular momentum; the two differ by about δr²/L.)
        double softest = K * Math.Pow(Math.PI / size, 2);
        double bound = 4 * Math.Sqrt(n) * Tolerance / softest;
        double largest = LargestDifferenceUpToRigidMotion(newton, damped);
        Assert.True(largest < bound, $"positions differ by {largest:E2} Å, bound {bound:E2} Å ({switched} switched, n_HS {highSpin}/{n})");
        double energy = SpringNetwork.Energy(lattice, damped, radii);
        Assert.Equal(energy, SpringNetwork.Energy(lattice, newton, radii), 1e-9 * energy);
    }

    /// <summary>The largest |a_i − (R b_i + t)| over the molecules, R and t the rotation and translation that best map b on a (2D).</summary>
    private static double LargestDifferenceUpToRigidMotion(double[] a, double[] b)
    {
        int n = a.Length / 2;
        double ax = 0, ay = 0, bx = 0, by = 0;
        for (int i = 0; i < n; i++)
        {
            (ax, ay, bx, by) = (ax + a[2 * i] / n, ay + a[2 * i + 1] / n, bx + b[2 * i] / n, by + b[2 * i + 1] / n);
        }

        double cross = 0, dot = 0;
        for (int i = 0; i < n; i++)
        {
            double px = b[2 * i] - bx, py = b[2 * i + 1] - by, qx = a[2 * i] - ax, qy = a[2 * i + 1] - ay;
            cross += px * qy - py * qx;
            dot += px * qx + py * qy;
        }

        double angle = Math.Atan2(cross, dot), cos = Math.Cos(angle), sin = Math.Sin(angle);
        double largest = 0;
        for (int i = 0; i < n; i++)
        {
            double px = b[2 * i] - bx, py = b[2 * i + 1] - by;
            double dx = a[2 * i] - ax - (cos * px - sin * py), dy = a[2 * i + 1] - ay - (sin * px + cos * py);
            largest = Math.Max(largest, Math.Sqrt(dx * dx + dy * dy));
        }

        return largest;
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
