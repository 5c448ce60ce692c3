using SCOModel.Core.Protocols;

namespace SCOModel.MeanField.Kinetics;

/// <summary>
/// Walks one path of a protocol in physical time with the <see cref="RateEquation"/>: the first point records the
/// initial state at its time; between consecutive points n is integrated along the <see cref="ControlRamp"/> from the
/// earlier to the later; points at equal times (a loop's turning point, the start of a relaxation after its
/// irradiation) record the state again.
/// </summary>
internal static class RateEquationWalk
{
    /// <summary>Calls <paramref name="record"/> with each point's branch, point and n_HS, in path order.</summary>
    public static void Walk(ControlPath path, double initialNHs, RateEquation equation, Action<Branch, ControlPoint, double> record,
        CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(record);
        var integrator = new TrBdf2Integrator(equation);
        double n = initialNHs;
        (ControlPoint Point, double TimeS)? previous = null;
        foreach (var segment in path.Segments)
        {
            foreach (var point in segment.Points)
            {
                cancellation.ThrowIfCancellationRequested();
                double time = point.TimeS ?? throw new InvalidOperationException(
                    "a protocol in physical time needs a time at every point of its paths");
                if (previous is var (from, fromS))
                {
                    if (time < fromS)
                    {
                        throw new InvalidOperationException(
                            $"the times of a path must not decrease ({fromS:g6} s, then {time:g6} s)");
                    }

                    if (time > fromS)
                    {
                        n = integrator.Advance(n, new ControlRamp(from, point, fromS, time), fromS, time);
                    }
                }

                record(segment.Branch, point, n);
                previous = (point, time);
            }
        }
    }
}
