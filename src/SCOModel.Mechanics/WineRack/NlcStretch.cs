using SCOModel.Core.Protocols;

namespace SCOModel.Mechanics.WineRack;

/// <summary>A run of consecutive points of one branch where a linear compressibility is negative.</summary>
/// <param name="Branch">The branch.</param>
/// <param name="Points">How many points.</param>
/// <param name="FromPressureGPa">Pressure of the first point.</param>
/// <param name="ToPressureGPa">Pressure of the last point.</param>
/// <param name="FromTemperatureK">Temperature of the first point.</param>
/// <param name="ToTemperatureK">Temperature of the last point.</param>
public sealed record NlcStretch(
    Branch Branch,
    int Points,
    double FromPressureGPa,
    double ToPressureGPa,
    double FromTemperatureK,
    double ToTemperatureK);
