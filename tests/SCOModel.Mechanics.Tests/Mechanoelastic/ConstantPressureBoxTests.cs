using SCOModel.Core.Configuration;
using SCOModel.Mechanics.Mechanoelastic;

namespace SCOModel.Mechanics.Tests.Mechanoelastic;

/// <summary>
/// A periodic box whose size relaxes (PHYSICS.md §4): the fixed box's anti-cooperative term disappears, a uniform
/// state relaxes to its own spacing, and under a 2D pressure Π a uniform triangular lattice has springs of
/// δ = −Π a/(√3 k), i.e. a = 2R/(1 + Π/(√3 k)) exactly.
/// </summary>
public sealed class ConstantPressureBoxTests
{
    private const double K = 6500;
    private const double Tolerance = 1e-9 * K;

    private static ConstantPressureBoxRelaxation Create(MechanoelasticLattice lattice, bool newton) =>
        new(lattice, l => newton ? new NewtonRelaxation(l, Tolerance) : new DampedDynamicsRelaxation(l, Tolerance));

    [Theory]
    [InlineData(true, 0.0)]
    [InlineData(true, 300.0)]
    [InlineData(false, 300.0)]
    public void AUniformTriangularLatticeTakesTheSpacingOfTheClosedForm(bool newton, double boundaryPressure)
    {
        const double radius = 2.2;
        var lattice = TriangularLattice.Build(new(MechanoelasticLatticeKind.Triangular, MechanoelasticShape.Periodic, [6, 4]), 4.0, K);
        var positions = lattice.Positions.ToArray();
        var radii = Enumerable.Repeat(radius, lattice.SiteCount).ToArray();
        var relaxation = Create(lattice, newton);

        var outcome = relaxation.Relax(positions, radii, boundaryPressure);

        Assert.True(outcome.Converged, $"{outcome}");
        double expected = 2 * radius / (1 + boundaryPressure / (Math.Sqrt(3) * K));
        foreach (var s in relaxation.Lattice.Springs.ToArray())
        {
            var (dx, dy) = SpringNetwork.Vector(s, positions);
            Assert.Equal(expected, Math.Sqrt(dx * dx + dy * dy), 1e-7);
        }

        var geometry = MechanoelasticObservables.Measure(relaxation.Lattice, positions, radii);
        Assert.Equal(Math.Sqrt(3) / 2 * expected * expected, geometry[4], 1e-6);
    }

    [Fact]
    public void ARingWhoseLengthRelaxesHasNoAntiCooperativeTerm()
    {
        // With the box free, every spring reaches its rest length whatever the spins: E = 0 instead of A N (n − n0)².
        var lattice = MechanoelasticLattice.Ring(30, 4.2, K);
        var random = new Random(4);
        for (int trial = 0; trial < 3; trial++)
        {
            var radii = Enumerable.Range(0, 30).Select(_ => random.NextDouble() < 0.3 * (trial + 1) ? 2.2 : 2.0).ToArray();
            var positions = lattice.Positions.ToArray();
            var relaxation = Create(lattice, newton: true);

            Assert.True(relaxation.Relax(positions, radii).Converged);
            Assert.Equal(0, SpringNetwork.Energy(relaxation.Lattice, positions, radii), 1e-9);
            Assert.Equal(2 * radii.Sum(), relaxation.Lattice.Box!.Value.Width, 1e-7);
        }
    }

    [Fact]
    public void NewtonAndDampedDynamicsAgreeOnARandomStateInAFreeBox()
    {
        var lattice = TriangularLattice.Build(new(MechanoelasticLatticeKind.Triangular, MechanoelasticShape.Periodic, [6, 6]), 4.2, K);
        var random = new Random(8);
        var radii = Enumerable.Range(0, lattice.SiteCount).Select(_ => random.NextDouble() < 0.5 ? 2.2 : 2.0).ToArray();
        var a = lattice.Positions.ToArray();
        var b = lattice.Positions.ToArray();
        var newton = Create(lattice, newton: true);
        var damped = Create(lattice, newton: false);

        Assert.True(newton.Relax(a, radii, 100).Converged);
        Assert.True(damped.Relax(b, radii, 100).Converged);

        Assert.Equal(damped.Lattice.Box!.Value.Width, newton.Lattice.Box!.Value.Width, 1e-6);
        Assert.Equal(damped.Lattice.Box!.Value.Height, newton.Lattice.Box!.Value.Height, 1e-6);
        var springs = newton.Lattice.Springs.ToArray();
        var dampedSprings = damped.Lattice.Springs.ToArray();
        for (int k = 0; k < springs.Length; k++)
        {
            Assert.Equal(SpringNetwork.Elongation(dampedSprings[k], b, radii), SpringNetwork.Elongation(springs[k], a, radii), 1e-6);
        }
    }
}
