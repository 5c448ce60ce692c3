namespace SCOModel.Mechanics.Strain;

/// <summary>One measured cell after the analysis: its principal strains, matched to the principal axes of the whole range.</summary>
/// <param name="Line">The line of the data file.</param>
/// <param name="Variable">Pressure (GPa) or temperature (K).</param>
/// <param name="VariableStdErr">Its standard error (0 when not given).</param>
/// <param name="Volume">The cell volume, Å³.</param>
/// <param name="VolumeStdErr">Its standard error propagated from those of the cell parameters (0 when none given).</param>
/// <param name="Strains">ε₁, ε₂, ε₃: the eigenvalues of this cell's strain, in the order of the principal axes.</param>
/// <param name="StrainStdErrs">Their standard errors from the cell parameters' (0 when none given).</param>
/// <param name="AxisAnglesDeg">The angle between each of this cell's principal axes and the axis of the whole range, degrees.</param>
public sealed record StrainPoint(
    int Line,
    double Variable,
    double VariableStdErr,
    double Volume,
    double VolumeStdErr,
    IReadOnlyList<double> Strains,
    IReadOnlyList<double> StrainStdErrs,
    IReadOnlyList<double> AxisAnglesDeg);
