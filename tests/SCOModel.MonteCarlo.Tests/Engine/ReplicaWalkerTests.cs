using SCOModel.Core.Configuration;
using SCOModel.Core.Protocols;

namespace SCOModel.MonteCarlo.Tests.Engine;

/// <summary>
/// The walker tracks the configuration's moments (M, Σ J s s, Σ s s) through the sweeps from the kernels' deltas;
/// they must stay equal to a fresh measurement of its spins.
/// </summary>
public class ReplicaWalkerTests
{
    public static TheoryData<string, string, double, int, string> Cases => new()
    {
        { "square", "[96, 96]", 40.0, 2, "metropolis" },   // global coupling: no acceptance table
        { "square", "[96, 96]", 0.0, 2, "metropolis" },    // uniform J: acceptance table
        { "square", "[16, 16]", 0.0, 1, "heat-bath" },
        { "triangular", "[9, 7]", 0.0, 1, "heat-bath" },
        { "all-to-all", "[500]", 25.0, 1, "metropolis" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void TrackedMomentsMatchAFreshMeasurement(string kind, string size, double longRangeK, int innerThreads, string update)
    {
        string coordination = kind == "all-to-all" ? ", \"coordination\": 6" : "";
        var config = EngineRuns.Parse($$"""
            {
              "model": { "deltaK": 1000, "lnG": 5, "couplingK": 40, "longRangeK": {{longRangeK}},
                         "lattice": { "kind": "{{kind}}", "size": {{size}}{{coordination}} } },
              "protocol": { "kind": "temperature-scan", "temperaturesK": [200], "initialState": "random" },
              "monteCarlo": { "update": "{{update}}" }
            }
            """);
        var model = ((IsingLikeModelConfig)config.Model).Build();
        var walker = new ReplicaWalker(model, SweepSchedule.For(model.Lattice), config, 0, 0, innerThreads);
        int n = model.Lattice.SiteCount;
        Assert.InRange(walker.Moments.Magnetisation, -n / 5, n / 5); // a random start is about half HS

        foreach (double t in new[] { 200.0, 180, 230 })
        {
            var series = walker.Visit(new ControlPoint(t, 0), equilibrationSweeps: 3, measuredSweeps: 5);
            var fresh = model.Measure(walker.Spins);
            Assert.Equal(fresh.Magnetisation, walker.Moments.Magnetisation);
            Assert.Equal(fresh.BondProductSum, walker.Moments.BondProductSum);
            Assert.Equal(fresh.WeightedBondSum, walker.Moments.WeightedBondSum, 6);
            Assert.All(walker.Spins.ToArray(), s => Assert.True(s is 1 or -1));

            // The last measurement of the point is the current configuration.
            var estimate = SCOModel.MonteCarlo.Statistics.BinnedSeries.Combine([series.HighSpinFraction]);
            Assert.InRange(estimate.Mean, 0, 1);
        }
    }

    [Fact]
    public void SweepScheduleCoversEverySiteOnceWithConsecutiveSlots()
    {
        var config = EngineRuns.Parse(EngineRuns.TriangularScan);
        var model = ((IsingLikeModelConfig)config.Model).Build();
        var schedule = SweepSchedule.For(model.Lattice);
        var chunks = schedule.ChunksByClass.SelectMany(c => c).ToArray();
        var sites = chunks.SelectMany(chunk => chunk.Sites).ToArray();
        Assert.Equal(Enumerable.Range(0, model.Lattice.SiteCount), sites.Order());
        Assert.All(chunks, chunk => Assert.InRange(chunk.Sites.Length, 1, SweepSchedule.ChunkSize));
        Assert.True(schedule.ChunksByClass.Count >= 3);

        // Slots number the sites in sweep order: each chunk starts where the previous one ended.
        int slot = 0;
        foreach (var chunk in chunks)
        {
            Assert.Equal(slot, chunk.FirstSlot);
            slot += chunk.Sites.Length;
        }

        Assert.Equal(model.Lattice.SiteCount, slot);
    }
}
