namespace SCOModel.MeanField;

/// <summary>
/// The thermal hysteresis loop of the mean field: an infinitely slow experiment leaves the low-spin branch at its
/// heating spinodal and the high-spin branch at its cooling spinodal (PHYSICS.md §2).
/// </summary>
/// <param name="Heating">Where the branch followed up from low temperature (the LS side) ends.</param>
/// <param name="Cooling">Where the branch followed down from high temperature (the HS side) ends.</param>
public sealed record HysteresisLoop(Spinodal Heating, Spinodal Cooling)
{
    /// <summary>T↑ − T↓, in kelvin.</summary>
    public double WidthK => Heating.TemperatureK - Cooling.TemperatureK;

    /// <summary>(T↑ + T↓)/2, in kelvin (close to, but not exactly, the Maxwell T1/2).</summary>
    public double CentreK => 0.5 * (Heating.TemperatureK + Cooling.TemperatureK);
}
