namespace SCOModel.Core.Protocols;

/// <summary>
/// One continuous walk through control space: segments (branches) of points visited in order, the state carried from
/// point to point. A protocol is one or more independent paths; each starts from the protocol's initial state.
/// </summary>
public sealed record ControlPath(IReadOnlyList<PathSegment> Segments)
{
    /// <summary>
    /// The name of the path's random stream in a sampling engine, or null to number it by its position in the
    /// protocol. Loops name theirs by what they hold fixed (<see cref="StreamName"/>), so that one line of a phase
    /// diagram is the same walk as the loop run on its own.
    /// </summary>
    public int? Stream { get; init; }

    /// <summary>Number of points over all segments.</summary>
    public int PointCount => Segments.Sum(s => s.Points.Count);
}

/// <summary>A run of consecutive points on one branch.</summary>
public sealed record PathSegment(Branch Branch, IReadOnlyList<ControlPoint> Points);
