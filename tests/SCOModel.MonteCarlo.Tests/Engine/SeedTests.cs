namespace SCOModel.MonteCarlo.Tests.Engine;

/// <summary>The seed selects the random streams: the same seed repeats a run, another seed gives another run.</summary>
public class SeedTests
{
    [Fact]
    public void SameSeedRepeatsTheRun()
    {
        var a = EngineRuns.Run(EngineRuns.Square96(seed: 1), threads: 2);
        var b = EngineRuns.Run(EngineRuns.Square96(seed: 1), threads: 2);
        Assert.Equal(a.Points, b.Points);
    }

    [Fact]
    public void DifferentSeedGivesDifferentResults()
    {
        var a = EngineRuns.Run(EngineRuns.Square96(seed: 1), threads: 2);
        var b = EngineRuns.Run(EngineRuns.Square96(seed: 2), threads: 2);
        Assert.Equal(a.Points.Count, b.Points.Count);
        Assert.Contains(Enumerable.Range(0, a.Points.Count), k => a.Points[k].NHs.Mean != b.Points[k].NHs.Mean);
        Assert.All(Enumerable.Range(0, a.Points.Count), k => Assert.Equal(a.Points[k].Point, b.Points[k].Point));
    }

    [Fact]
    public void SeedsDifferingOnlyInTheHighWordDiffer()
    {
        var a = EngineRuns.Run(EngineRuns.Square96(seed: 3), threads: 1);
        var b = EngineRuns.Run(EngineRuns.Square96(seed: 3 + (1UL << 32)), threads: 1);
        Assert.Contains(Enumerable.Range(0, a.Points.Count), k => a.Points[k].NHs.Mean != b.Points[k].NHs.Mean);
    }
}
