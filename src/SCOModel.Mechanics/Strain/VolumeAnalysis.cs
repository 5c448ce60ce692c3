using SCOModel.Core.PhaseDiagrams;

namespace SCOModel.Mechanics.Strain;

/// <summary>
/// The cell volume against pressure or temperature: a straight line and the volume coefficient from its slope
/// (β_V = −(1/V_ref) dV/dP in TPa⁻¹, or α_V = (1/V_ref) dV/dT in MK⁻¹, V_ref the reference cell's volume, as PASCal
/// quotes them), and for pressure the second- and third-order Birch–Murnaghan equations of state.
/// </summary>
/// <param name="ReferenceVolume">V of the reference (first) cell, Å³.</param>
/// <param name="Line">V(x) = intercept + slope x.</param>
/// <param name="Coefficient">β_V or α_V.</param>
/// <param name="CoefficientStdErr">Its standard error.</param>
/// <param name="SecondOrder">The second-order Birch–Murnaghan fit; null for temperature data or when it cannot be made.</param>
/// <param name="ThirdOrder">The third-order fit; null likewise.</param>
public sealed record VolumeAnalysis(
    double ReferenceVolume,
    StraightLineFit Line,
    double Coefficient,
    double CoefficientStdErr,
    BirchMurnaghanFit? SecondOrder,
    BirchMurnaghanFit? ThirdOrder);
