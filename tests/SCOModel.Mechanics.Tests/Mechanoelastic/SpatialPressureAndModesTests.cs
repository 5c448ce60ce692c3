using SCOModel.Core.Configuration;
using SCOModel.Mechanics.Mechanoelastic;

namespace SCOModel.Mechanics.Tests.Mechanoelastic;

/// <summary>
/// Pressure on an open 3D sample and its rigid-body modes: the forces are −∂(P V)/∂r for the tetrahedra's volume V, at
/// equilibrium the virial theorem gives Σ_springs k δ ℓ = −3 P V exactly (V is homogeneous of degree 3 in the
/// positions), and the six rigid-body modes are orthonormal and cost no energy at equilibrium.
/// </summary>
public sealed class SpatialPressureAndModesTests
{
    private const double K = 6500;
    private const double Pressure = 30;

    private static MechanoelasticLattice Build(MechanoelasticLatticeKind kind, MechanoelasticShape shape, int size) =>
        kind == MechanoelasticLatticeKind.Cubic
            ? CubicLattice.Build(new(kind, shape, [size]), 4.2, K, 2000)
            : FccLattice.Build(new(kind, shape, [size]), 4.2, K);

    private static double[] Jiggled(MechanoelasticLattice lattice, int seed, double amplitude)
    {
        var random = new Random(seed);
        return lattice.Positions.ToArray().Select(x => x + amplitude * (random.NextDouble() - 0.5)).ToArray();
    }

    [Theory]
    [InlineData(MechanoelasticLatticeKind.Fcc, MechanoelasticShape.Sphere, 2)]
    [InlineData(MechanoelasticLatticeKind.Fcc, MechanoelasticShape.Cube, 2)]
    [InlineData(MechanoelasticLatticeKind.Cubic, MechanoelasticShape.Sphere, 2)]
    public void TheBoundaryForcesAreMinusTheDerivativeOfPTimesTheVolume(MechanoelasticLatticeKind kind, MechanoelasticShape shape, int size)
    {
        var lattice = Build(kind, shape, size);
        var positions = Jiggled(lattice, 5, 0.2);
        var forces = new double[positions.Length];

        double pv = BoundaryPressure.AddForces(lattice, positions, Pressure, forces);

        Assert.Equal(Pressure * BoundaryPressure.Volume(lattice, positions), pv, 9);
        const double h = 1e-5;
        for (int k = 0; k < positions.Length; k++)
        {
            var plus = positions.ToArray();
            var minus = positions.ToArray();
            plus[k] += h;
            minus[k] -= h;
            double derivative = Pressure * (BoundaryPressure.Volume(lattice, plus) - BoundaryPressure.Volume(lattice, minus)) / (2 * h);
            Assert.Equal(-derivative, forces[k], 1e-6 * Pressure);
        }

        // The whole enthalpy E + P V of mixed radii: its forces are minus its finite-difference gradient too.
        var random = new Random(8);
        var radii = Enumerable.Range(0, lattice.SiteCount).Select(_ => random.NextDouble() < 0.5 ? 2.2 : 2.0).ToArray();
        var total = new double[positions.Length];
        var scratch = new double[positions.Length];
        BoundaryPressure.Forces(lattice, positions, radii, Pressure, total);
        for (int k = 0; k < positions.Length; k++)
        {
            var plus = positions.ToArray();
            var minus = positions.ToArray();
            plus[k] += h;
            minus[k] -= h;
            double derivative = (BoundaryPressure.Forces(lattice, plus, radii, Pressure, scratch) -
                BoundaryPressure.Forces(lattice, minus, radii, Pressure, scratch)) / (2 * h);
            Assert.Equal(-derivative, total[k], 1e-6 * K);
        }

        // Only the surface feels the pressure: the forces on a molecule inside the tiling cancel.
        double interior = Enumerable.Range(0, lattice.SiteCount).Where(i => lattice.CoordinationOf(i) == lattice.MaxCoordination)
            .Max(i => Math.Sqrt(forces[3 * i] * forces[3 * i] + forces[3 * i + 1] * forces[3 * i + 1] + forces[3 * i + 2] * forces[3 * i + 2]));
        Assert.True(interior < 1e-9 * Pressure, $"interior force {interior}");
    }

    [Theory]
    [InlineData(MechanoelasticLatticeKind.Fcc, MechanoelasticShape.Sphere, 2)]
    [InlineData(MechanoelasticLatticeKind.Cubic, MechanoelasticShape.Cube, 2)]
    [InlineData(MechanoelasticLatticeKind.Cubic, MechanoelasticShape.Sphere, 3)]
    public void RelaxedUnderPressureTheVirialIsMinusThreeTimesPTimesTheVolume(MechanoelasticLatticeKind kind, MechanoelasticShape shape, int size)
    {
        var lattice = Build(kind, shape, size);
        var random = new Random(9);
        var radii = Enumerable.Range(0, lattice.SiteCount).Select(_ => random.NextDouble() < 0.4 ? 2.2 : 2.0).ToArray();
        var positions = lattice.Positions.ToArray();

        Assert.True(new DampedDynamicsRelaxation(lattice, 1e-9 * K).Relax(positions, radii, Pressure).Converged);

        double virial = 0;
        foreach (var s in lattice.Springs)
        {
            virial += s.StiffnessKPerA2 * SpringNetwork.Elongation(s, positions, radii, 3) * SpringNetwork.Length(s, positions, 3);
        }

        double expected = -3 * Pressure * BoundaryPressure.Volume(lattice, positions);
        Assert.Equal(expected, virial, 1e-6 * Math.Abs(expected));
        Assert.True(virial < 0, "pressure compresses the springs");
    }

    [Theory]
    [InlineData(MechanoelasticLatticeKind.Fcc, MechanoelasticShape.Sphere, 3, 0)]
    [InlineData(MechanoelasticLatticeKind.Fcc, MechanoelasticShape.Cube, 2, Pressure)]
    [InlineData(MechanoelasticLatticeKind.Cubic, MechanoelasticShape.Sphere, 3, Pressure)]
    public void TheNewtonAndDampedDynamicsRelaxationsAgreeInThreeDimensions(MechanoelasticLatticeKind kind, MechanoelasticShape shape,
        int size, double pressure)
    {
        // Two independent methods, one minimum of the enthalpy: the elongations (rigid-motion free) agree.
        var lattice = Build(kind, shape, size);
        var random = new Random(21);
        var radii = Enumerable.Range(0, lattice.SiteCount).Select(_ => random.NextDouble() < 0.5 ? 2.2 : 2.0).ToArray();
        const double tolerance = 1e-9 * K;
        var newton = lattice.Positions.ToArray();
        var damped = lattice.Positions.ToArray();

        Assert.True(new NewtonRelaxation(lattice, tolerance).Relax(newton, radii, pressure).Converged);
        Assert.True(new DampedDynamicsRelaxation(lattice, tolerance).Relax(damped, radii, pressure).Converged);

        foreach (var s in lattice.Springs)
        {
            Assert.Equal(SpringNetwork.Elongation(s, damped, radii, 3), SpringNetwork.Elongation(s, newton, radii, 3), 1e-7);
        }

        Assert.Equal(BoundaryPressure.Volume(lattice, damped), BoundaryPressure.Volume(lattice, newton), 1e-6);
    }

    [Theory]
    [InlineData(MechanoelasticLatticeKind.Fcc, MechanoelasticShape.Sphere, 2)]
    [InlineData(MechanoelasticLatticeKind.Cubic, MechanoelasticShape.Cube, 2)]
    public void TheSixRigidBodyModesAreOrthonormalAndCostNothingAtEquilibrium(MechanoelasticLatticeKind kind, MechanoelasticShape shape, int size)
    {
        // Relax a mixed sample (the forces vanish, the springs stay strained), then K u = −dF/dε along each mode u,
        // by central differences, must vanish: a rigid motion of an equilibrium changes no force but rotates it.
        var lattice = Build(kind, shape, size);
        var random = new Random(3);
        var radii = Enumerable.Range(0, lattice.SiteCount).Select(_ => random.NextDouble() < 0.5 ? 2.2 : 2.0).ToArray();
        var positions = lattice.Positions.ToArray();
        Assert.True(new DampedDynamicsRelaxation(lattice, 1e-10 * K).Relax(positions, radii).Converged);

        var modes = RigidBodyModes.At(lattice, positions).Vectors;

        Assert.Equal(6, modes.Count);
        for (int m = 0; m < modes.Count; m++)
        {
            for (int n = 0; n < modes.Count; n++)
            {
                Assert.Equal(m == n ? 1 : 0, modes[m].Zip(modes[n], (x, y) => x * y).Sum(), 12);
            }
        }

        const double h = 1e-4;
        double Stiffness(double[] u)
        {
            var plus = positions.Zip(u, (x, v) => x + h * v).ToArray();
            var minus = positions.Zip(u, (x, v) => x - h * v).ToArray();
            var fPlus = new double[plus.Length];
            var fMinus = new double[minus.Length];
            SpringNetwork.Forces(lattice, plus, radii, fPlus);
            SpringNetwork.Forces(lattice, minus, radii, fMinus);
            return Math.Sqrt(fPlus.Zip(fMinus, (p, q) => Math.Pow((p - q) / (2 * h), 2)).Sum());
        }

        // A generic unit displacement costs of order k; the rigid modes nothing (to the force tolerance over h).
        var generic = Enumerable.Range(0, positions.Length).Select(_ => random.NextDouble() - 0.5).ToArray();
        double norm = Math.Sqrt(generic.Sum(x => x * x));
        Assert.True(Stiffness(generic.Select(x => x / norm).ToArray()) > 0.01 * K);
        foreach (var u in modes)
        {
            Assert.True(Stiffness(u) < 1e-6 * K, $"|K u| = {Stiffness(u)}");
        }

        // Projecting removes them all.
        var v = generic.ToArray();
        RigidBodyModes.At(lattice, positions).Project(v);
        foreach (var u in modes)
        {
            Assert.Equal(0, u.Zip(v, (x, y) => x * y).Sum(), 12);
        }
    }

    [Fact]
    public void APeriodicBoxHasOnlyTheThreeTranslations()
    {
        var lattice = FccLattice.Build(new(MechanoelasticLatticeKind.Fcc, MechanoelasticShape.Periodic, [2, 2, 2]), 4.2, K);
        Assert.Equal(3, RigidBodyModes.At(lattice, lattice.Positions).Vectors.Count);
    }
}
