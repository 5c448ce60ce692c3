using SCOModel.Core.Engines;

namespace SCOModel.MonteCarlo.Tests.Engine;

public class ProgressTests
{
    private sealed class Recorder : IProgress<double>
    {
        private readonly List<double> _values = [];

        public IReadOnlyList<double> Values
        {
            get
            {
                lock (_values)
                {
                    return _values.ToArray();
                }
            }
        }

        public void Report(double value)
        {
            lock (_values)
            {
                _values.Add(value);
            }
        }
    }

    [Fact]
    public void ProgressEndsAtOneAndNeverExceedsIt()
    {
        var recorder = new Recorder();
        var config = EngineRuns.Parse(EngineRuns.AllToAll());
        var result = new MonteCarloEngine().Run(config, new RunContext(2, recorder));
        Assert.Equal(9, recorder.Values.Count); // 3 paths × 1 point × 3 replicas
        Assert.Equal(1, recorder.Values.Max(), 12);
        Assert.All(recorder.Values, v => Assert.InRange(v, 0, 1));
        Assert.Equal(3L * 3 * (5 + 20) * 3000, result.SpinFlipAttempts);
    }

    [Fact]
    public void CancellationStopsTheRun()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var config = EngineRuns.Parse(EngineRuns.AllToAll());
        Assert.ThrowsAny<OperationCanceledException>(() =>
            new MonteCarloEngine().Run(config, new RunContext(2, null, cancel.Token)));
    }
}
