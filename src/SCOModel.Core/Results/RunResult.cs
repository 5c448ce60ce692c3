namespace SCOModel.Core.Results;

/// <summary>What an engine returns: the points in path order and how much work it took.</summary>
/// <param name="Points">One result per point, paths in protocol order, points in visiting order.</param>
/// <param name="SpinFlipAttempts">Single-spin update attempts performed (0 for engines without sampling).</param>
/// <param name="EngineSeconds">Wall time spent inside the engine.</param>
public sealed record RunResult(IReadOnlyList<PointResult> Points, long SpinFlipAttempts, double EngineSeconds)
{
    /// <summary>Things the user should know about how far to trust the result (shown on stderr, kept in run.json).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Exchange acceptance per neighbouring pair of a parallel-tempering ladder; null for other samplers.</summary>
    public IReadOnlyList<ExchangeRate>? ExchangeRates { get; init; }

    /// <summary>Spin-flip attempts per second of engine wall time; 0 when nothing was sampled.</summary>
    public double AttemptsPerSecond => EngineSeconds > 0 ? SpinFlipAttempts / EngineSeconds : 0;
}
