using SCOModel.Core.Models;

namespace SCOModel.Core.Tests.Models;

/// <summary>
/// Halogen contacts (PHYSICS.md §6) on hand-made geometries: R_XB from Bondi radii, type I/II from the angles, and
/// the coupling law's monotonic fading with R_XB. The Br···Br contacts of the {ReX5}–Fe(III) series (Busch et al.,
/// Chem. Eur. J. 2020, 26, 11835; shared reference founding_cases.csv) give the published R_XB.
/// </summary>
public class HalogenContactTests
{
    [Theory]
    [InlineData(Halogen.Br, Halogen.Br, 3.733, 1.009)] // (1)d, desolvated
    [InlineData(Halogen.Br, Halogen.Br, 4.455, 1.204)] // (4)d, blocked by an Et group
    [InlineData(Halogen.Br, Halogen.Br, 3.888, 1.051)] // (3)d
    [InlineData(Halogen.Br, Halogen.Br, 4.099, 1.108)] // (3)w
    public void ReducedDistanceMatchesTheSeries(Halogen x, Halogen y, double distance, double published) =>
        Assert.Equal(published, new HalogenContact(x, y, distance, 170, 170).ReducedDistance, 3);

    [Fact]
    public void ReducedDistanceUsesBondiRadii()
    {
        // d equal to the sum of the radii is R_XB = 1 exactly, for every pair.
        foreach (var x in Enum.GetValues<Halogen>())
        {
            foreach (var y in Enum.GetValues<Halogen>())
            {
                double sum = HalogenContact.VanDerWaalsRadiusA(x) + HalogenContact.VanDerWaalsRadiusA(y);
                Assert.Equal(1, new HalogenContact(x, y, sum, 160, 160).ReducedDistance, 12);
            }
        }

        Assert.Equal(3.5, HalogenContact.VanDerWaalsRadiusA(Halogen.Cl) * 2, 12);
        Assert.Equal(1.47 + 1.98, HalogenContact.VanDerWaalsRadiusA(Halogen.F) + HalogenContact.VanDerWaalsRadiusA(Halogen.I), 12);
    }

    [Theory]
    [InlineData(176, 176, HalogenContactType.TypeI)]
    [InlineData(150, 140, HalogenContactType.TypeI)]
    [InlineData(150, 130, HalogenContactType.Intermediate)]
    [InlineData(131, 101, HalogenContactType.TypeII)]
    [InlineData(175, 90, HalogenContactType.TypeII)]
    public void TypeFollowsTheAngleDifference(double theta1, double theta2, HalogenContactType type) =>
        Assert.Equal(type, new HalogenContact(Halogen.Br, Halogen.Br, 3.7, theta1, theta2).Type);

    [Fact]
    public void CouplingFadesMonotonicallyWithTheReducedDistance()
    {
        var law = new HalogenCouplingLaw(new Dictionary<Halogen, double> { [Halogen.Br] = 30, [Halogen.Cl] = 15 }, 0.08);
        foreach (var (t1, t2) in new[] { (176.0, 176.0), (180.0, 90.0) })
        {
            var couplings = Enumerable.Range(0, 20)
                .Select(k => law.CouplingK(new HalogenContact(Halogen.Br, Halogen.Br, 3.4 + (0.07 * k), t1, t2)))
                .ToArray();
            for (int k = 0; k + 1 < couplings.Length; k++)
            {
                Assert.True(couplings[k + 1] < couplings[k]);
            }
        }

        // At R_XB = 1 with ideal geometry J_XB = J0: type I linear, type II 180°/90°.
        Assert.Equal(30, law.CouplingK(new HalogenContact(Halogen.Br, Halogen.Br, 3.70, 180, 180)), 9);
        Assert.Equal(30, law.CouplingK(new HalogenContact(Halogen.Br, Halogen.Br, 3.70, 180, 90)), 9);

        // Mixed pairs take the geometric mean of J0.
        Assert.Equal(Math.Sqrt(30 * 15), law.CouplingK(new HalogenContact(Halogen.Br, Halogen.Cl, 3.60, 180, 180)), 9);

        // The blocked contact of (4)d couples far less than the contact of (1)d.
        double on = law.CouplingK(new HalogenContact(Halogen.Br, Halogen.Br, 3.733, 176, 176));
        double blocked = law.CouplingK(new HalogenContact(Halogen.Br, Halogen.Br, 4.455, 167, 167));
        Assert.True(blocked < 0.1 * on, $"{blocked} vs {on}");
    }

    [Fact]
    public void MissingScaleIsAnError() =>
        Assert.Throws<ArgumentException>(() => new HalogenCouplingLaw(new Dictionary<Halogen, double>(), 0.1)
            .CouplingK(new HalogenContact(Halogen.I, Halogen.I, 4, 170, 170)));
}
