namespace SCOModel.Plotting.SpinCrossover;

/// <summary>
/// A point of the pressure–temperature plane, with optional one-standard-error uncertainties (0 for none). A NaN
/// coordinate marks a grid point where the quantity was not found (e.g. a branch that does not cross 1/2 there).
/// </summary>
/// <param name="PressureGPa">Pressure in GPa.</param>
/// <param name="TemperatureK">Temperature in kelvin.</param>
/// <param name="PressureErrorGPa">Uncertainty of the pressure in GPa.</param>
/// <param name="TemperatureErrorK">Uncertainty of the temperature in kelvin.</param>
public readonly record struct PhasePoint(
    double PressureGPa,
    double TemperatureK,
    double PressureErrorGPa = 0,
    double TemperatureErrorK = 0)
{
    /// <summary>True when both coordinates are finite: the point can be drawn.</summary>
    public bool IsFinite => double.IsFinite(PressureGPa) && double.IsFinite(TemperatureK);
}
