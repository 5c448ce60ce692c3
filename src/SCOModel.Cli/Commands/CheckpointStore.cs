using System.Diagnostics;
using SCOModel.Core.Engines;
using SCOModel.Core.Results;

namespace SCOModel.Cli.Commands;

/// <summary>
/// The state of a checkpointed run as it goes: the completed paths, the latest snapshot of each walk inside a path
/// (engines that keep them, <see cref="IWalkCheckpoints"/>), and when to write them to DIR/checkpoint
/// (<see cref="CheckpointPolicy"/>). Engines call it from their worker threads; everything happens under one lock.
/// Path and walk indices are those of the whole protocol, whose paths have <paramref name="pointCounts"/> points:
/// <paramref name="pathsRun"/> maps the paths the engine runs (a resumed run runs only the missing ones) to them.
/// </summary>
/// <remarks>
/// A save that falls due starts a round: the file is written with what is complete, and every walk in flight is asked
/// for its state at its next point boundary; when the last of them has handed it in, the file is written again. So a
/// round costs two writes whatever the number of walks, and a kill at any moment finds a whole, recent checkpoint.
/// </remarks>
internal sealed class CheckpointStore(
    Checkpoint initial, string directory, CheckpointPolicy policy, IReadOnlyList<int> pointCounts, IReadOnlyList<int> pathsRun,
    int replicas) : IWalkCheckpoints
{
    private readonly object _gate = new();
    private readonly Dictionary<int, IReadOnlyList<PointResult>> _paths = new(initial.Paths);
    private readonly Dictionary<(int Path, int Replica), WalkSnapshot> _walks = new(initial.Walks);
    private readonly HashSet<(int Path, int Replica)> _inFlight = [];
    private readonly HashSet<(int Path, int Replica)> _asked = [];
    private readonly Stopwatch _session = Stopwatch.StartNew();
    private readonly Stopwatch _sinceSave = Stopwatch.StartNew();
    private double _unsavedPoints;
    private bool _engineSavesWalks;
    private int _pointsMeasured;

    /// <summary>For tests: called after each point a walk measures, with the number measured in this session.</summary>
    internal Action<int>? PointMeasured { get; init; }

    /// <summary>The completed paths, by index in the whole protocol.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<PointResult>> Paths
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<int, IReadOnlyList<PointResult>>(_paths);
            }
        }
    }

    /// <summary>How many walks are saved inside a path.</summary>
    public int WalksInProgress
    {
        get
        {
            lock (_gate)
            {
                return _walks.Count;
            }
        }
    }

    /// <summary>Records a completed path (<see cref="RunContext.PathCompleted"/>); returns how many paths are done.</summary>
    public int PathCompleted(int index, IReadOnlyList<PointResult> points)
    {
        lock (_gate)
        {
            int path = pathsRun[index];
            _paths[path] = points;
            bool answered = false;
            for (int r = 0; r < replicas; r++)
            {
                _walks.Remove((path, r));
                _inFlight.Remove((path, r));
                answered |= _asked.Remove((path, r));
            }

            if (!_engineSavesWalks)
            {
                _unsavedPoints += points.Count;
            }

            if (IsDue())
            {
                StartRound();
            }
            else if (answered && _asked.Count == 0)
            {
                Write(interrupted: false);
            }

            return _paths.Count;
        }
    }

    /// <inheritdoc />
    public WalkSnapshot? Restore(int path, int replica)
    {
        lock (_gate)
        {
            return _walks.GetValueOrDefault((pathsRun[path], replica));
        }
    }

    /// <inheritdoc />
    public bool PointDone(int path, int replica, int pointsDone)
    {
        int measured;
        bool wanted;
        lock (_gate)
        {
            _engineSavesWalks = true;
            var key = (pathsRun[path], replica);
            _inFlight.Add(key);
            _unsavedPoints += 1.0 / replicas;
            measured = ++_pointsMeasured;

            // A walk's last point is followed by its path's completion (or its final snapshot): no round from there.
            if (pointsDone < pointCounts[key.Item1] && IsDue())
            {
                StartRound();
            }

            wanted = _asked.Contains(key);
        }

        PointMeasured?.Invoke(measured);
        return wanted;
    }

    /// <inheritdoc />
    public void Save(int path, int replica, WalkSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        lock (_gate)
        {
            var key = (pathsRun[path], replica);
            _walks[key] = snapshot;
            if (snapshot.PointsDone == pointCounts[key.Item1])
            {
                // Finished, waiting for the other replicas of its path: it has nothing more to hand in.
                _inFlight.Remove(key);
            }

            if (_asked.Remove(key) && _asked.Count == 0)
            {
                // The last walk of the round has handed in its state: on disk at once.
                Write(interrupted: false);
            }
        }
    }

    /// <summary>Writes the checkpoint file now.</summary>
    public void Write(bool interrupted)
    {
        lock (_gate)
        {
            (initial with
            {
                EngineSeconds = initial.EngineSeconds + _session.Elapsed.TotalSeconds,
                Interrupted = interrupted,
                Paths = new Dictionary<int, IReadOnlyList<PointResult>>(_paths),
                Walks = new Dictionary<(int Path, int Replica), WalkSnapshot>(_walks),
            }).Write(directory);
        }
    }

    /// <summary>A save is due: write what is complete now, and ask every walk in flight for its state.</summary>
    private void StartRound()
    {
        Write(interrupted: false);
        _unsavedPoints = 0;
        _sinceSave.Restart();
        _asked.Clear();
        _asked.UnionWith(_inFlight);
    }

    private bool IsDue() => policy.IsDue((int)Math.Floor(_unsavedPoints + 1e-9), _sinceSave.Elapsed);
}
