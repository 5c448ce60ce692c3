using SCOModel.Mechanics.Strain;

namespace SCOModel.Mechanics.Tests.Strain;

/// <summary>
/// Birch–Murnaghan fits recover V₀, B₀ and B′ from P(V) made in the test from the third-order equation
/// P = (3B₀/2)(η⁷ − η⁵)[1 + ¾(B′ − 4)(η² − 1)], η = (V₀/V)^⅓, written out here.
/// </summary>
public sealed class BirchMurnaghanFitTests
{
    private static double Bm3(double v, double v0, double b0, double bPrime)
    {
        double eta = Math.Cbrt(v0 / v);
        return 1.5 * b0 * (Math.Pow(eta, 7) - Math.Pow(eta, 5)) * (1 + (0.75 * (bPrime - 4) * ((eta * eta) - 1)));
    }

    [Fact]
    public void TheEquationIsTheOneWrittenOut()
    {
        foreach (double v in new[] { 400.0, 450, 480, 500, 520 })
        {
            Assert.Equal(Bm3(v, 500, 20, 7), BirchMurnaghan.Pressure(v, 500, 20, 7), 10);
        }
    }

    [Fact]
    public void VolumeInvertsPressure()
    {
        foreach (double p in new[] { -0.5, 0, 0.3, 2, 8 })
        {
            double v = BirchMurnaghan.Volume(p, 500, 20, 7);
            Assert.Equal(p, Bm3(v, 500, 20, 7), 8);
        }
    }

    [Fact]
    public void TheThirdOrderFitRecoversV0B0AndBPrimeFromNoisyPressures()
    {
        // V₀ = 500 Å³, B₀ = 15 GPa, B′ = 7; 16 volumes from 500 down to 400 Å³, σ_P = 0.01 GPa.
        var random = new Random(11);
        double[] volumes = Enumerable.Range(0, 16).Select(i => 500 - (100.0 * i / 15)).ToArray();
        double[] pressures = volumes.Select(v => Bm3(v, 500, 15, 7) + (0.01 * SyntheticLattice.Gaussian(random))).ToArray();
        double[] errors = volumes.Select(_ => 0.01).ToArray();
        var fit = BirchMurnaghanFit.Fit(volumes, pressures, errors, 3, startV0: 480, startB0: 30)!;

        Assert.True(fit.Converged);
        Assert.True(fit.IsWeighted);
        Assert.Equal(13, fit.DegreesOfFreedom);
        AssertWithin(500, fit.V0);
        AssertWithin(15, fit.B0);
        AssertWithin(7, fit.BPrime);
        Assert.False(fit.BPrime.IsFixed);
        Assert.True(fit.CorrelationB0BPrime < -0.5, "B₀ and B′ are anticorrelated");
    }

    [Fact]
    public void ExactDataAreFittedExactly()
    {
        double[] volumes = Enumerable.Range(0, 8).Select(i => 300 - (5.0 * i)).ToArray();
        double[] pressures = volumes.Select(v => Bm3(v, 310, 40, 5.5)).ToArray();
        var fit = BirchMurnaghanFit.Fit(volumes, pressures, null, 3, startV0: 300, startB0: 60)!;
        Assert.Equal(310, fit.V0.Value, 6);
        Assert.Equal(40, fit.B0.Value, 5);
        Assert.Equal(5.5, fit.BPrime.Value, 5);
    }

    [Fact]
    public void TheSecondOrderFitIsTheThirdWithBPrimeHeldAtFour()
    {
        // Data from the third-order equation with B′ = 4, i.e. from the second-order one.
        var random = new Random(5);
        double[] volumes = Enumerable.Range(0, 12).Select(i => 800 - (8.0 * i)).ToArray();
        double[] pressures = volumes.Select(v => Bm3(v, 800, 25, 4) + (0.005 * SyntheticLattice.Gaussian(random))).ToArray();
        var second = BirchMurnaghanFit.Fit(volumes, pressures, null, 2, startV0: 790, startB0: 40)!;
        var third = BirchMurnaghanFit.Fit(volumes, pressures, null, 3, startV0: 790, startB0: 40)!;

        Assert.Equal(4, second.BPrime.Value);
        Assert.True(second.BPrime.IsFixed);
        Assert.Equal(0, second.BPrime.StdErr);
        Assert.Equal(10, second.DegreesOfFreedom);
        AssertWithin(800, second.V0);
        AssertWithin(25, second.B0);
        AssertWithin(4, third.BPrime);

        // Held at 4, B′ contributes nothing: the second-order curve is the third-order equation at B′ = 4.
        foreach (double v in volumes)
        {
            Assert.Equal(Bm3(v, second.V0.Value, second.B0.Value, 4), second.PressureAt(v), 10);
        }
    }

    [Fact]
    public void TooFewVolumesGiveNoFit() =>
        Assert.Null(BirchMurnaghanFit.Fit([500, 500, 490], [0, 0.1, 0.5], null, 3, 500, 20));

    private static void AssertWithin(double expected, FittedValue value) =>
        Assert.InRange(expected, value.Value - (3 * value.StdErr), value.Value + (3 * value.StdErr));
}
