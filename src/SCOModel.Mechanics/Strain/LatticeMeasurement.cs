namespace SCOModel.Mechanics.Strain;

/// <summary>One row of a lattice-parameter table: the cell measured at one pressure or temperature.</summary>
/// <param name="Line">The line of the file it came from (1-based), for messages.</param>
/// <param name="Variable">The pressure (GPa) or temperature (K).</param>
/// <param name="VariableStdErr">Its standard error; 0 when not given.</param>
/// <param name="Cell">The cell.</param>
/// <param name="CellStdErr">Standard errors of a, b, c (Å) and α, β, γ (degrees), in that order; 0 where not given.</param>
public sealed record LatticeMeasurement(int Line, double Variable, double VariableStdErr, UnitCell Cell, IReadOnlyList<double> CellStdErr)
{
    /// <summary>True when any uncertainty of the row is given.</summary>
    public bool HasUncertainty => VariableStdErr > 0 || CellStdErr.Any(e => e > 0);
}
