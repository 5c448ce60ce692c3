namespace SCOModel.Benchmarks;

/// <summary>A state to relax: positions relaxed for the radii before a step's switches, and the radii after them.</summary>
/// <param name="Positions">Interleaved x, y, Å.</param>
/// <param name="Radii">Å.</param>
/// <param name="Switched">How many molecules the step switched.</param>
/// <param name="HighSpinFraction">The HS fraction after the step.</param>
public sealed record PostSwitchCase(double[] Positions, double[] Radii, int Switched, double HighSpinFraction);
