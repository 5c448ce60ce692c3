using SCOModel.Core.Kinetics;
using SCOModel.Core.Protocols;
using SCOModel.Core.Results;

namespace SCOModel.MeanField.Tests.Kinetics;

/// <summary>
/// A thermal loop at a real sweep rate (PHYSICS.md §2–3): with Γ = 500 K &gt; 2 T1/2 the state lags the moving minimum
/// of G, so on heating it stays below the quasi-static branch (a 1-D flow never crosses the stable root it chases) and
/// switches after the spinodal, on cooling the reverse. The loop therefore narrows as the rate falls, towards the
/// spinodal-limited loop of the quasi-static path (a sanity check, not a closed form).
/// </summary>
public class TimedLoopTests
{
    private const double CouplingK = 250;
    private static readonly KineticParameters Rates = new(AttemptRatePerS: 1e3, ActivationEnergyK: 1000);

    [Fact]
    public void TheLoopNarrowsTowardsTheQuasiStaticLoopAsTheRateFalls()
    {
        var config = KineticRuns.Model(CouplingK, Rates);
        double[] temperatures = ValueRange.Inclusive(150, 250, 0.5);
        var quasiStatic = KineticRuns.Run(config, new TemperatureLoop(temperatures)).Points;
        var still = TransitionSummary.Of(quasiStatic);

        double[] rates = [10, 1, 0.1];
        var runs = rates.Select(r => KineticRuns.Run(config, new TemperatureLoop(temperatures) { RateKPerMin = r }).Points).ToArray();
        var summaries = runs.Select(TransitionSummary.Of).ToArray();
        for (int k = 0; k < rates.Length; k++)
        {
            Assert.True(summaries[k].THalfUpK >= still.THalfUpK, $"{rates[k]} K/min: heating switches after the spinodal");
            Assert.True(summaries[k].THalfDownK <= still.THalfDownK, $"{rates[k]} K/min: cooling switches after the spinodal");
            if (k > 0)
            {
                Assert.True(summaries[k].HysteresisWidthK < summaries[k - 1].HysteresisWidthK,
                    $"{rates[k]} K/min narrower than {rates[k - 1]} K/min");
            }
        }

        // The slowest loop: its crossings within 0.01 K of the quasi-static ones, its branches on the quasi-static
        // branches away from the jumps (the lag there is ~ β/k ~ 1e-5 of n), but for the first point, which records
        // the initial all-LS state where the quasi-static path has already relaxed.
        Assert.Equal(still.THalfUpK!.Value, summaries[^1].THalfUpK!.Value, 0.01);
        Assert.Equal(still.THalfDownK!.Value, summaries[^1].THalfDownK!.Value, 0.01);
        var spinodals = SlichterDrickamerModel.FromIsingLike(config).Loop()!;
        Assert.Equal(quasiStatic.Count, runs[^1].Count);
        Assert.Equal(0, runs[^1][0].NHs.Mean);
        for (int k = 1; k < quasiStatic.Count; k++)
        {
            var (slow, reference) = (runs[^1][k], quasiStatic[k]);
            Assert.Equal(reference.Branch, slow.Branch);
            Assert.Equal(reference.Point.TemperatureK, slow.Point.TemperatureK);
            double jump = slow.Branch == Branch.Heating ? spinodals.Heating.TemperatureK : spinodals.Cooling.TemperatureK;
            if (Math.Abs(slow.Point.TemperatureK - jump) > 1)
            {
                Assert.Equal(reference.NHs.Mean, slow.NHs.Mean, 1e-3);
            }
        }
    }
}
