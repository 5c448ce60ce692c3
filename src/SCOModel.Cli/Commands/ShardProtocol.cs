using SCOModel.Core.Protocols;

namespace SCOModel.Cli.Commands;

/// <summary>
/// The paths of a protocol that one shard runs. Engines walk <see cref="Paths"/> like any protocol's; each path keeps
/// the random stream it has in the whole protocol (its own <see cref="ControlPath.Stream"/>, or else its original
/// position), so a path gives the same result whichever shard runs it. Only protocols of several independent paths
/// (scans, phase diagrams) are split, and their engines need nothing from the protocol but its paths and sampling;
/// the whole protocol is what run.json records.
/// </summary>
internal sealed record ShardProtocol : Protocol
{
    private readonly ControlPath[] _paths;

    public ShardProtocol(Protocol whole, IReadOnlyList<int> paths)
    {
        ArgumentNullException.ThrowIfNull(whole);
        ArgumentNullException.ThrowIfNull(paths);
        var all = whole.Paths();
        _paths = paths.Select(i => all[i] with { Stream = all[i].Stream ?? i }).ToArray();
        InitialState = whole.InitialState;
        EquilibrationSweeps = whole.EquilibrationSweeps;
        SweepsPerPoint = whole.SweepsPerPoint;
        InitialHsFraction = whole.InitialHsFraction;
    }

    /// <inheritdoc />
    public override IReadOnlyList<ControlPath> Paths() => _paths;
}
