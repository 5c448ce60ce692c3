using MathNet.Numerics.LinearAlgebra;
using SCOModel.Mechanics.Strain;

namespace SCOModel.Mechanics.Tests.Strain;

/// <summary>Strains of deformations known by hand: an orthorhombic stretch and a monoclinic shear.</summary>
public sealed class StrainTensorTests
{
    private static readonly UnitCell Reference = new(10, 12, 15, 90, 90, 90);
    private static readonly UnitCell Stretched = new(10.1, 11.94, 15.3, 90, 90, 90);

    [Theory]
    [InlineData(StrainMeasure.Lagrangian)]
    [InlineData(StrainMeasure.Eulerian)]
    [InlineData(StrainMeasure.LagrangianFinite)]
    [InlineData(StrainMeasure.EulerianFinite)]
    public void AnOrthorhombicStretchHasTheRelativeLengthChangesAsPrincipalStrainsAlongTheAxes(StrainMeasure measure)
    {
        // Each axis is stretched by s = l/l₀; the four measures of a stretch s are written out here.
        double Expected(double s) => measure switch
        {
            StrainMeasure.Lagrangian => s - 1,
            StrainMeasure.Eulerian => 1 - (1 / s),
            StrainMeasure.LagrangianFinite => 0.5 * ((s * s) - 1),
            _ => 0.5 * (1 - (1 / (s * s))),
        };
        var strain = StrainTensor.Between(Reference, Stretched, measure);
        double[] expected = [Expected(1.01), Expected(11.94 / 12), Expected(1.02)];
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(expected[i], strain.Components[i, i], 12);
            for (int j = 0; j < 3; j++)
            {
                if (i != j)
                {
                    Assert.Equal(0, strain.Components[i, j], 14);
                }
            }
        }

        var principal = strain.Principal();
        Assert.Equal(expected.Order().ToArray(), principal.Values.ToArray(), new ToleranceComparer(1e-12));

        // The most compressed axis is b (y), the most stretched c (z).
        Assert.Equal(1, Math.Abs(principal.Axes[0][1]), 12);
        Assert.Equal(1, Math.Abs(principal.Axes[2][2]), 12);
    }

    [Fact]
    public void TheStrainMeasuresAgreeToFirstOrder()
    {
        var small = new UnitCell(10.001, 11.9994, 15.0003, 90.01, 89.98, 90.02);
        var lagrangian = StrainTensor.Between(Reference, small).Components;
        foreach (var measure in new[] { StrainMeasure.Eulerian, StrainMeasure.LagrangianFinite, StrainMeasure.EulerianFinite })
        {
            var other = StrainTensor.Between(Reference, small, measure).Components;
            Assert.True((other - lagrangian).InfinityNorm() < 1e-6, measure.ToString());
        }
    }

    [Fact]
    public void AMonoclinicShearHasTheHandComputedPrincipalStrainsAndAxes()
    {
        // a turns by δ in the ac plane (β = 90° → 90° + δ) and stretches by s; b and c stay. In the frame (z ∥ c,
        // x ∥ a*) a = s a₀ (cos δ, 0, −sin δ), so F = [[s cos δ, 0, 0], [0, 1, 0], [−s sin δ, 0, 1]] and
        // ε = ½(F + Fᵀ) − I has the xz block [[s cos δ − 1, −½ s sin δ], [−½ s sin δ, 0]] and ε_yy = 0.
        double s = 1.004, delta = 0.8 * Math.PI / 180;
        var sheared = new UnitCell(10 * s, 12, 15, 90, 90 + 0.8, 90);
        var strain = StrainTensor.Between(Reference, sheared);

        double p = (s * Math.Cos(delta)) - 1, h = -0.5 * s * Math.Sin(delta);
        double root = Math.Sqrt((p * p) + (4 * h * h));
        double low = (p - root) / 2, high = (p + root) / 2;

        // The eigenvector of the larger eigenvalue makes θ with x towards z, tan 2θ = 2h/p.
        double theta = 0.5 * Math.Atan2(2 * h, p);
        var principal = strain.Principal();
        Assert.Equal(low, principal.Values[0], 12);
        Assert.Equal(0, principal.Values[1], 12);
        Assert.Equal(high, principal.Values[2], 12);
        Assert.Equal(1, Math.Abs(principal.Axes[1][1]), 12);
        var expectedAxis = Vector<double>.Build.DenseOfArray([Math.Cos(theta), 0, Math.Sin(theta)]);
        Assert.Equal(1, Math.Abs(principal.Axes[2] * expectedAxis), 12);

        Assert.Equal(high, strain.Along(expectedAxis), 12);
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
