namespace SCOModel.MonteCarlo.Tests.Engine;

/// <summary>DESIGN.md "Determinism": the same seed gives bit-identical results for any thread count.</summary>
public class ThreadCountDeterminismTests
{
    public static TheoryData<string, string> Configs => new()
    {
        { "square 96x96, chunks in parallel inside one walk", EngineRuns.Square96() },
        { "square 96x96 with long-range G", EngineRuns.Square96(longRangeK: 50) },
        { "square 96x96, two replicas", EngineRuns.Square96(longRangeK: 20, replicas: 2) },
        { "all-to-all, metropolis", EngineRuns.AllToAll() },
        { "all-to-all, heat bath", EngineRuns.AllToAll("heat-bath") },
        { "triangular with per-direction couplings", EngineRuns.TriangularScan },
    };

    [Theory]
    [MemberData(nameof(Configs))]
    public void OneTwoAndThreeThreadsGiveBitIdenticalPoints(string what, string json)
    {
        var one = EngineRuns.Run(json, threads: 1);
        var two = EngineRuns.Run(json, threads: 2);
        var three = EngineRuns.Run(json, threads: 3);

        // Not a trivial comparison: the run moved spins (neither all LS nor all HS everywhere).
        Assert.Contains(one.Points, p => p.NHs.Mean is > 0.01 and < 0.99);

        Assert.Equal(one.Points.Count, two.Points.Count);
        for (int k = 0; k < one.Points.Count; k++)
        {
            Assert.True(one.Points[k] == two.Points[k], $"{what}: point {k} differs with 2 threads: {one.Points[k]} vs {two.Points[k]}");
            Assert.True(one.Points[k] == three.Points[k], $"{what}: point {k} differs with 3 threads: {one.Points[k]} vs {three.Points[k]}");
            Assert.Equal(BitConverter.DoubleToInt64Bits(one.Points[k].NHs.Mean), BitConverter.DoubleToInt64Bits(two.Points[k].NHs.Mean));
            Assert.Equal(BitConverter.DoubleToInt64Bits(one.Points[k].EnergyPerSiteK.Mean), BitConverter.DoubleToInt64Bits(three.Points[k].EnergyPerSiteK.Mean));
        }

        Assert.Equal(one.SpinFlipAttempts, two.SpinFlipAttempts);
        Assert.Equal(one.SpinFlipAttempts, three.SpinFlipAttempts);
    }

    [Fact]
    public void SquareLatticeScheduleReallyHasSeveralChunksPerClass()
    {
        // Guards the premise of the tests above: 96 x 96 cuts each colour class into more than one chunk.
        var model = (EngineRuns.Parse(EngineRuns.Square96()).Model as Core.Configuration.IsingLikeModelConfig)!.Build();
        var schedule = SweepSchedule.For(model.Lattice);
        Assert.Equal(2, schedule.ChunksByClass.Count);
        Assert.All(schedule.ChunksByClass, chunks => Assert.True(chunks.Length > 1));
    }
}
