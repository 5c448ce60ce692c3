using SCOModel.Cli.Commands;

namespace SCOModel.Cli.Tests;

/// <summary>When a run saves: every M minutes (5 by default, 0 for never by time) and/or every N new points.</summary>
public sealed class CheckpointPolicyTests
{
    [Fact]
    public void ByDefaultEveryFiveMinutesAndNotByPoints()
    {
        var policy = CheckpointPolicy.From(null, null);
        Assert.False(policy.IsDue(1_000_000, TimeSpan.FromMinutes(4.99)));
        Assert.True(policy.IsDue(0, TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public void PointsAndMinutesEachTriggerASave()
    {
        var policy = CheckpointPolicy.From(100, 0.5);
        Assert.False(policy.IsDue(99, TimeSpan.FromSeconds(29)));
        Assert.True(policy.IsDue(100, TimeSpan.Zero));
        Assert.True(policy.IsDue(0, TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public void ZeroMinutesTurnsTheTimedSavesOff()
    {
        var policy = CheckpointPolicy.From(null, 0);
        Assert.False(policy.IsDue(int.MaxValue, TimeSpan.FromDays(365)));
        Assert.True(CheckpointPolicy.From(7, 0).IsDue(7, TimeSpan.Zero));
    }
}
