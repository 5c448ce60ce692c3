using SCOModel.Core.Configuration;
using SCOModel.Core.Engines;
using SCOModel.Core.Lattices;
using SCOModel.Core.Protocols;
using SCOModel.Core.Results;
using SCOModel.MeanField.Tests.Support;

namespace SCOModel.MeanField.Tests;

/// <summary>Hysteresis iff Γ &gt; 2 R T1/2, and the loop width near the threshold (PHYSICS.md §2).</summary>
public class HysteresisThresholdTests
{
    private const double DeltaH = 16_000; // J/mol
    private const double DeltaS = 80;     // J/(mol K)
    private const double THalf = DeltaH / DeltaS;

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.999)]
    [InlineData(0.9)]
    [InlineData(0.5)]
    [InlineData(0.0)]
    [InlineData(-0.5)]
    public void NoLoopAtAndBelowTwoRTHalf(double fraction)
    {
        double gamma = fraction * 2 * MolarFormulas.R * THalf;
        var model = SlichterDrickamerModel.FromCalorimetric(DeltaH / 1000, DeltaS, gamma / 1000);
        Assert.Empty(model.Spinodals());
        Assert.Null(model.Loop());

        // One solution at every temperature, so heating and cooling retrace each other.
        for (double t = 150; t <= 250; t += 0.5)
        {
            Assert.Single(model.Solutions(t));
        }

        var loop = new TemperatureLoop(Enumerable.Range(0, 201).Select(k => 150 + (0.5 * k)).ToArray());
        var points = Run(model, loop);
        var heating = points.Where(p => p.Branch == Branch.Heating).ToDictionary(p => p.Point.TemperatureK, p => p.NHs.Mean);
        foreach (var p in points.Where(p => p.Branch == Branch.Cooling))
        {
            Assert.Equal(heating[p.Point.TemperatureK], p.NHs.Mean, 12);
        }
    }

    [Fact]
    public void JustAboveTheThresholdThereIsALoop()
    {
        double gamma = 1.001 * 2 * MolarFormulas.R * THalf;
        var model = SlichterDrickamerModel.FromCalorimetric(DeltaH / 1000, DeltaS, gamma / 1000);
        Assert.NotNull(model.Loop());
        Assert.Equal(3, model.Solutions(THalf).Count);
    }

    /// <summary>
    /// Width ≈ (4Γ/3ΔS) ε^(3/2), ε = 1 − 2RT1/2/Γ, is the leading term of an expansion in ε: the spinodal fields are
    /// ±(2/3) J τ^(3/2)(1 + O(τ)) with τ = 1 − T/J evaluated at each spinodal, so the relative error of the law is
    /// O(ε). Measured over ε = 1e-5 … 1e-2, width/law − 1 = 0.25 ε (±1 %), so the test allows |width/law − 1| ≤ ε/2,
    /// twice the first correction; the next test checks that the error indeed shrinks linearly with ε.
    /// </summary>
    [Theory]
    [InlineData(1e-2)]
    [InlineData(3e-3)]
    [InlineData(1e-3)]
    [InlineData(1e-4)]
    public void TheWidthFollowsTheThreeHalvesLawNearTheThreshold(double epsilon)
    {
        double gamma = 2 * MolarFormulas.R * THalf / (1 - epsilon);
        var model = SlichterDrickamerModel.FromCalorimetric(DeltaH / 1000, DeltaS, gamma / 1000);
        double law = 4 * gamma / (3 * DeltaS) * Math.Pow(epsilon, 1.5);
        double width = model.Loop()!.WidthK;
        Assert.True(Math.Abs((width / law) - 1) <= 0.5 * epsilon, $"width {width} K, law {law} K at ε = {epsilon}");
    }

    [Fact]
    public void TheRelativeErrorOfTheWidthLawShrinksLinearlyWithEpsilon()
    {
        double Error(double epsilon)
        {
            double gamma = 2 * MolarFormulas.R * THalf / (1 - epsilon);
            var model = SlichterDrickamerModel.FromCalorimetric(DeltaH / 1000, DeltaS, gamma / 1000);
            return Math.Abs((model.Loop()!.WidthK / (4 * gamma / (3 * DeltaS) * Math.Pow(epsilon, 1.5))) - 1);
        }

        double coarse = Error(1e-2);
        double fine = Error(1e-3);
        Assert.InRange(fine / coarse, 0.05, 0.2);
    }

    [Fact]
    public void PressureClosesTheLoopAtTheCriticalTemperature()
    {
        // T1/2(P) = (ΔH + PΔV)/ΔS rises with P until 2 R T1/2 = Γ: above that pressure, no loop (T_c = Γ/2R).
        var model = SlichterDrickamerModel.FromCalorimetric(DeltaH / 1000, DeltaS, 4.0, deltaVA3: 25);
        double criticalT = 4000 / (2 * MolarFormulas.R);
        Assert.Equal(criticalT, model.CriticalTemperatureK, 9);
        double criticalP = ((criticalT * DeltaS) - DeltaH) / (25 * 1e-21 * 6.02214076e23);
        Assert.NotNull(model.Loop(0.98 * criticalP));
        Assert.Null(model.Loop(1.02 * criticalP));
    }

    private static IReadOnlyList<PointResult> Run(SlichterDrickamerModel model, Protocol protocol)
    {
        var lattice = new LatticeSpec(LatticeKind.AllToAll, [1000], Boundary.Periodic, 6);
        var config = new SimulationConfig("threshold", 1, model.ToIsingLikeConfig(lattice), protocol, new MonteCarloSettings());
        return new MeanFieldEngine().Run(config, RunContext.Default).Points;
    }
}
