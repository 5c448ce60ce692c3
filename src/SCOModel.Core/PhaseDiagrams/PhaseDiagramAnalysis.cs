using System.Globalization;
using SCOModel.Core.Models;
using SCOModel.Core.Protocols;
using SCOModel.Core.Results;
using SCOModel.Core.Units;

namespace SCOModel.Core.PhaseDiagrams;

/// <summary>
/// What a P–T grid shows: per line the transition points and the loop width; the slope dT1/2/dP of the transition
/// line (a straight-line fit of the lines' T1/2, or of P1/2 inverted for pressure loops); the Clausius–Clapeyron slope
/// ΔV/ΔS of the model for comparison (PHYSICS.md §2); and the critical point where the loop closes.
/// </summary>
/// <remarks>
/// The critical point: along the grid, lines change from bistable (width above twice its error) to closed. Near the
/// closure the mean-field width vanishes as (x_c − x)^(3/2) along the grid (PHYSICS.md §2: width ∝ (1 − 2RT1/2/Γ)^(3/2),
/// and T1/2 is linear in P), so width^(2/3) is extrapolated linearly to zero from the (up to four) bistable lines
/// nearest the closure (at least three), weighted by their errors. Widths under the grid's resolution read as closed,
/// so the root is kept anywhere beyond the last bistable line within the grid, with the fit's error; otherwise the
/// midpoint of the bracket between the last bistable and the first unresolved line is reported with the resolution
/// (bracket/√12) as its error. Short-range lattices close with other exponents, which the method field makes visible.
/// </remarks>
public sealed record PhaseDiagramAnalysis(
    PhaseDiagramLoop Loop,
    IReadOnlyList<PhaseLine> Lines,
    double? SlopeKPerGPa,
    double? SlopeStdErrKPerGPa,
    double? ClausiusClapeyronKPerGPa,
    CriticalPoint? CriticalPoint,
    IReadOnlyList<string> Notes)
{
    private const int ExtrapolationLines = 4;

    /// <summary>Analyses the points of a phase-diagram run (in the protocol's path order).</summary>
    /// <param name="protocol">The grid that was run.</param>
    /// <param name="points">The run's points.</param>
    /// <param name="model">The model's parameters, for the equilibrium line and Clausius–Clapeyron; null if none.</param>
    public static PhaseDiagramAnalysis Of(PhaseDiagram protocol, IReadOnlyList<PointResult> points, IsingLikeParameters? model)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(points);
        var lines = new List<PhaseLine>();
        int offset = 0;
        var fixedValues = protocol.FixedValues();
        var protocolLines = protocol.Lines();
        bool temperatureLoops = protocol.Loop == PhaseDiagramLoop.Temperature;
        for (int k = 0; k < protocolLines.Count; k++)
        {
            int count = protocolLines[k].Paths().Sum(p => p.PointCount);
            if (offset + count > points.Count)
            {
                throw new ArgumentException($"the run has {points.Count} points; the grid needs more", nameof(points));
            }

            var line = points.Skip(offset).Take(count).ToArray();
            offset += count;
            var (up, down) = temperatureLoops ? (Branch.Heating, Branch.Cooling) : (Branch.Compression, Branch.Decompression);
            double? equilibrium = temperatureLoops
                ? model?.EquilibriumTemperatureK(fixedValues[k])
                : model?.EquilibriumPressureGPa(fixedValues[k]);
            lines.Add(new PhaseLine(fixedValues[k], Crossing(line, up, temperatureLoops), Crossing(line, down, temperatureLoops), equilibrium));
        }

        var notes = new List<string>();
        var (slope, slopeError) = Slope(lines, temperatureLoops);
        double? clausius = model is { LnG: not 0 } m
            ? PhysicalUnits.KelvinFromPressureVolume(1, m.DeltaVA3) / m.LnG
            : null;
        var critical = LocateCriticalPoint(lines, temperatureLoops, notes);
        return new PhaseDiagramAnalysis(protocol.Loop, lines, slope, slopeError, clausius, critical, notes);
    }

    private static TransitionCrossing? Crossing(IEnumerable<PointResult> line, Branch branch, bool temperatureLoops) =>
        TransitionCrossing.Find(line.Where(p => p.Branch == branch)
            .Select(p => (temperatureLoops ? p.Point.TemperatureK : p.Point.PressureGPa, p.NHs.Mean, Finite(p.NHs.StdErr)))
            .ToArray());

    /// <summary>
    /// dT1/2/dP from the lines' transition points: T1/2 against P on temperature loops; on pressure loops P1/2 against
    /// T, inverted (dT/dP = 1/b, error σ_b/b²).
    /// </summary>
    private static (double? Slope, double? StdErr) Slope(IReadOnlyList<PhaseLine> lines, bool temperatureLoops)
    {
        var halves = lines.Where(l => l.Half is not null)
            .Select(l => (l.FixedValue, l.Half!.Value.Value, l.Half!.Value.StdErr))
            .ToArray();
        if (StraightLineFit.Of(halves) is not { } fit)
        {
            return (null, null);
        }

        if (temperatureLoops)
        {
            return (fit.Slope, fit.SlopeStdErr);
        }

        return fit.Slope == 0 ? (null, null) : (1 / fit.Slope, fit.SlopeStdErr / (fit.Slope * fit.Slope));
    }

    private static CriticalPoint? LocateCriticalPoint(IReadOnlyList<PhaseLine> lines, bool temperatureLoops, List<string> notes)
    {
        var known = lines.Where(l => l.IsBistable is not null).ToArray();
        if (known.Length == 0 || known.All(l => l.IsBistable == true))
        {
            notes.Add(known.Length == 0
                ? "no line of the grid has both branches crossing n_HS = 1/2: no loop widths to analyse"
                : "every line of the grid is bistable: extend the grid to find where the loop closes");
            return null;
        }

        if (known.All(l => l.IsBistable == false))
        {
            notes.Add("no line of the grid shows hysteresis (every loop width is within twice its error of zero)");
            return null;
        }

        int boundary = -1;
        int changes = 0;
        for (int k = 0; k + 1 < known.Length; k++)
        {
            if (known[k].IsBistable != known[k + 1].IsBistable)
            {
                changes++;
                boundary = boundary < 0 ? k : boundary;
            }
        }

        if (changes > 1)
        {
            notes.Add("the loop opens and closes more than once along the grid; the first closure is reported");
        }

        bool openBelow = known[boundary].IsBistable == true;
        var (lastOpen, firstClosed) = openBelow ? (known[boundary], known[boundary + 1]) : (known[boundary + 1], known[boundary]);
        double lower = Math.Min(lastOpen.FixedValue, firstClosed.FixedValue);
        double upper = Math.Max(lastOpen.FixedValue, firstClosed.FixedValue);
        double resolution = (upper - lower) / Math.Sqrt(12);

        // The bistable lines nearest the closure, contiguous on the open side.
        var open = new List<PhaseLine>();
        for (int k = openBelow ? boundary : boundary + 1; k >= 0 && k < known.Length && known[k].IsBistable == true && open.Count < ExtrapolationLines;
             k += openBelow ? -1 : 1)
        {
            open.Add(known[k]);
        }

        // Widths below the grid's resolution read as closed, so the last resolved loop can lie well before the true
        // closure: the extrapolation may land anywhere beyond the last bistable line, up to the end of the grid.
        double far = openBelow ? known[^1].FixedValue : known[0].FixedValue;
        var (reachLow, reachHigh) = (Math.Min(lastOpen.FixedValue, far), Math.Max(lastOpen.FixedValue, far));
        double position = (lower + upper) / 2;
        double error = resolution;
        string method = "bracket";
        var fit = StraightLineFit.Of(open.Select(l =>
        {
            double w = l.Width!.Value;
            return (l.FixedValue, Math.Pow(w, 2.0 / 3), 2.0 / 3 * Math.Pow(w, -1.0 / 3) * l.WidthStdErr!.Value);
        }).ToArray());
        if (open.Count >= 3 && fit is { Slope: not 0 } && fit.Root() is var (root, rootError)
            && root >= reachLow && root <= reachHigh && rootError < (reachHigh - reachLow))
        {
            position = root;
            error = rootError;
            method = "width-extrapolation";
        }

        // The transition value at the closure: the straight line through the transition points of the lines around
        // it (the bracket and its neighbours), evaluated there.
        var near = known.Where(l => l.Half is not null)
            .OrderBy(l => Math.Abs(l.FixedValue - position)).Take(4)
            .Select(l => (l.FixedValue, l.Half!.Value.Value, l.Half!.Value.StdErr)).ToArray();
        if (StraightLineFit.Of(near) is not { } halfLine)
        {
            notes.Add("the lines around the closure have no transition point; the critical point is not located");
            return null;
        }

        double half = halfLine.At(position);
        double halfError = Math.Sqrt((halfLine.Slope * halfLine.Slope * error * error) + Math.Pow(halfLine.StdErrAt(position), 2));
        notes.Add(string.Create(CultureInfo.InvariantCulture,
            $"the last resolved loop is at {lastOpen.FixedValue:G6} {(temperatureLoops ? "GPa" : "K")}, the first unresolved at " +
            $"{firstClosed.FixedValue:G6}; closure located by {method}"));
        return temperatureLoops
            ? new CriticalPoint(position, error, half, halfError, lower, upper, method)
            : new CriticalPoint(half, halfError, position, error, lower, upper, method);
    }

    private static double Finite(double value) => double.IsFinite(value) ? value : 0;
}
