namespace SCOModel.Core.PhaseDiagrams;

/// <summary>
/// The estimated point of the P–T plane where the hysteresis loop closes, with standard errors.
/// </summary>
/// <param name="PressureGPa">Critical pressure.</param>
/// <param name="PressureStdErr">Its standard error, GPa.</param>
/// <param name="TemperatureK">Critical temperature (the transition temperature there).</param>
/// <param name="TemperatureStdErr">Its standard error, K.</param>
/// <param name="BracketLower">The last bistable and the first unresolved grid line (width within twice its error of
/// zero), the smaller value ...</param>
/// <param name="BracketUpper">... and the larger. A loop narrower than the grid resolves looks closed, so the
/// extrapolated closure can lie beyond this bracket, on its closed side.</param>
/// <param name="Method">How it was located: "width-extrapolation" or "bracket".</param>
public sealed record CriticalPoint(
    double PressureGPa,
    double PressureStdErr,
    double TemperatureK,
    double TemperatureStdErr,
    double BracketLower,
    double BracketUpper,
    string Method);
