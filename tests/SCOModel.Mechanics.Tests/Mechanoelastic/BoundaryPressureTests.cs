using SCOModel.Core.Configuration;
using SCOModel.Mechanics.Mechanoelastic;

namespace SCOModel.Mechanics.Tests.Mechanoelastic;

/// <summary>
/// Pressure on the boundary of an open sample: the forces are the derivative of Π A, and at equilibrium the virial
/// theorem gives Σ_springs k δ ℓ = −2 Π A exactly (Σ r · ∂A/∂r = 2 A for the polygon's area, homogeneous of degree 2).
/// </summary>
public sealed class BoundaryPressureTests
{
    private const double K = 6500;
    private const double Pressure2D = 150;

    [Fact]
    public void TheBoundaryForcesAreMinusTheDerivativeOfPiTimesTheArea()
    {
        var lattice = TriangularLattice.Build(new(MechanoelasticLatticeKind.Triangular, MechanoelasticShape.Hexagon, [4]), 4.2, K);
        var random = new Random(5);
        var positions = lattice.Positions.ToArray().Select(x => x + 0.1 * (random.NextDouble() - 0.5)).ToArray();
        var forces = new double[positions.Length];

        BoundaryPressure.AddForces(lattice, positions, Pressure2D, forces);

        const double h = 1e-6;
        for (int k = 0; k < positions.Length; k++)
        {
            var plus = positions.ToArray();
            var minus = positions.ToArray();
            plus[k] += h;
            minus[k] -= h;
            double derivative = Pressure2D * (BoundaryPressure.Area(lattice, plus) - BoundaryPressure.Area(lattice, minus)) / (2 * h);
            Assert.Equal(-derivative, forces[k], 1e-5);
        }

        Assert.Equal(6 * (4 - 1), lattice.Boundary.Length);
        Assert.True(BoundaryPressure.Area(lattice, lattice.Positions) > 0, "the boundary runs counter-clockwise");
    }

    [Theory]
    [InlineData(MechanoelasticLatticeKind.Triangular, MechanoelasticShape.Hexagon, new[] { 6 })]
    [InlineData(MechanoelasticLatticeKind.Triangular, MechanoelasticShape.Rectangle, new[] { 8, 6 })]
    [InlineData(MechanoelasticLatticeKind.Square, MechanoelasticShape.Disc, new[] { 4 })]
    public void RelaxedUnderPressureTheVirialIsMinusTwicePiTimesTheAreaForBothRelaxations(
        MechanoelasticLatticeKind kind, MechanoelasticShape shape, int[] size)
    {
        var lattice = kind == MechanoelasticLatticeKind.Square
            ? SquareLattice.Build(new(kind, shape, size), 4.2, K, 2000)
            : TriangularLattice.Build(new(kind, shape, size), 4.2, K);
        var random = new Random(9);
        var radii = Enumerable.Range(0, lattice.SiteCount).Select(_ => random.NextDouble() < 0.4 ? 2.2 : 2.0).ToArray();
        const double tolerance = 1e-9 * K;
        var newton = lattice.Positions.ToArray();
        var damped = lattice.Positions.ToArray();

        Assert.True(new NewtonRelaxation(lattice, tolerance).Relax(newton, radii, Pressure2D).Converged);
        Assert.True(new DampedDynamicsRelaxation(lattice, tolerance).Relax(damped, radii, Pressure2D).Converged);

        foreach (var positions in new[] { newton, damped })
        {
            double virial = 0;
            foreach (var s in lattice.Springs.ToArray())
            {
                var (dx, dy) = SpringNetwork.Vector(s, positions);
                virial += s.StiffnessKPerA2 * SpringNetwork.Elongation(s, positions, radii) * Math.Sqrt(dx * dx + dy * dy);
            }

            double expected = -2 * Pressure2D * BoundaryPressure.Area(lattice, positions);
            Assert.Equal(expected, virial, 1e-6 * Math.Abs(expected));
        }

        foreach (var s in lattice.Springs.ToArray())
        {
            Assert.Equal(SpringNetwork.Elongation(s, damped, radii), SpringNetwork.Elongation(s, newton, radii), 1e-6);
        }
    }
}
