namespace SCOModel.Plotting.SpinCrossover;

/// <summary>
/// The high-spin fraction of one branch on a pressure × temperature grid: NHs[i, j] is n_HS at PressuresGPa[i] and
/// TemperaturesK[j], NaN where not sampled. Both grids are strictly increasing.
/// </summary>
/// <param name="Branch">The branch the values belong to, e.g. "heating"; shown in the figure's title.</param>
/// <param name="PressuresGPa">The pressures of the grid's rows, in GPa.</param>
/// <param name="TemperaturesK">The temperatures of the grid's columns, in kelvin.</param>
/// <param name="NHs">n_HS, pressures by temperatures.</param>
public sealed record PhaseMap(
    string Branch,
    IReadOnlyList<double> PressuresGPa,
    IReadOnlyList<double> TemperaturesK,
    double[,] NHs);
