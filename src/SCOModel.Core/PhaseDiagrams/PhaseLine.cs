namespace SCOModel.Core.PhaseDiagrams;

/// <summary>
/// One line of a phase diagram analysed: the value it holds fixed and where its two branches cross n_HS = 1/2. On a
/// temperature loop (fixed pressure) Up is the heating crossing T↑ and Down the cooling crossing T↓; on a pressure
/// loop (fixed temperature) Up is the compression crossing P↑ and Down the decompression crossing P↓. Either way the
/// loop's width is Up − Down.
/// </summary>
/// <param name="FixedValue">The line's pressure (GPa) or temperature (K).</param>
/// <param name="Up">Crossing on the rising branch (heating or compression), or null.</param>
/// <param name="Down">Crossing on the falling branch (cooling or decompression), or null.</param>
/// <param name="Equilibrium">The model's equilibrium T1/2 (or P1/2) on this line, where it has one.</param>
public sealed record PhaseLine(double FixedValue, TransitionCrossing? Up, TransitionCrossing? Down, double? Equilibrium)
{
    /// <summary>Up − Down, or null where a branch does not cross.</summary>
    public double? Width => Up is { } u && Down is { } d ? u.Value - d.Value : null;

    /// <summary>Standard error of the width (both crossings' errors in quadrature).</summary>
    public double? WidthStdErr => Up is { } u && Down is { } d ? Math.Sqrt((u.StdErr * u.StdErr) + (d.StdErr * d.StdErr)) : null;

    /// <summary>The line's transition point: the mean of both crossings, or the one that exists; null for neither.</summary>
    public (double Value, double StdErr)? Half => (Up, Down) switch
    {
        ({ } u, { } d) => ((u.Value + d.Value) / 2, Math.Sqrt((u.StdErr * u.StdErr) + (d.StdErr * d.StdErr)) / 2),
        ({ } u, null) => (u.Value, u.StdErr),
        (null, { } d) => (d.Value, d.StdErr),
        _ => null,
    };

    /// <summary>
    /// Whether the line shows a loop: a width more than twice its standard error; null when a branch does not cross
    /// (the loop may be wider than the grid, or the line never switches).
    /// </summary>
    public bool? IsBistable => Width is double w && WidthStdErr is double e ? w > 2 * e && w > 0 : null;
}
