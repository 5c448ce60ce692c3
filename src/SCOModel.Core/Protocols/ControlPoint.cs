namespace SCOModel.Core.Protocols;

/// <summary>A point in control space: temperature, pressure, light intensity and (for kinetic protocols) time.</summary>
/// <param name="TemperatureK">Temperature in kelvin.</param>
/// <param name="PressureGPa">Pressure in GPa.</param>
/// <param name="Light">Light intensity (0 = dark).</param>
/// <param name="TimeS">Physical time in seconds; null for protocols measured in Monte Carlo sweeps.</param>
public readonly record struct ControlPoint(double TemperatureK, double PressureGPa, double Light = 0, double? TimeS = null);
