namespace SCOModel.Core.Engines;

/// <summary>
/// Where an engine whose walks carry a small state from point to point saves and restores it, so that an interrupted
/// run continues inside a path instead of running the path again (`sco run --resume`). A walk is one replica on one
/// path; <c>path</c> is its index in the run's <see cref="Protocols.Protocol.Paths"/>. The engine polls
/// <see cref="PointDone"/> at each point boundary and hands in a snapshot when asked, and always when it is cancelled
/// there; methods may be called from any worker thread.
/// </summary>
public interface IWalkCheckpoints
{
    /// <summary>The saved state to continue walk (path, replica) from; null to start it afresh.</summary>
    WalkSnapshot? Restore(int path, int replica);

    /// <summary>
    /// Called after the walk has measured <paramref name="pointsDone"/> points of its path; true when it should hand
    /// in a snapshot now (<see cref="Save"/>).
    /// </summary>
    bool PointDone(int path, int replica, int pointsDone);

    /// <summary>Keeps the walk's state at a point boundary, replacing any earlier one.</summary>
    void Save(int path, int replica, WalkSnapshot snapshot);
}

/// <summary>
/// A walk's state at a point boundary: how many points of its path it has measured, and the engine's own encoding of
/// what it needs to go on exactly as if it had never stopped (for the Monte Carlo: spins, sweep counter and the
/// measured points' binned series).
/// </summary>
public sealed record WalkSnapshot(int PointsDone, byte[] State);
