using SCOModel.Core.Configuration;

namespace SCOModel.MonteCarlo.Kernels;

/// <summary>What a sweep needs to know about the control point: field, inverse temperature, global coupling, rule.</summary>
/// <param name="FieldK">h = (T ln g − Δ(P))/2, in kelvin.</param>
/// <param name="Beta">1/T in 1/K.</param>
/// <param name="GlobalCouplingK">c of the magnetisation-mediated coupling (long-range G, all-to-all pairs).</param>
/// <param name="Rule">Metropolis or heat bath.</param>
internal readonly record struct SweepConditions(double FieldK, double Beta, double GlobalCouplingK, UpdateRule Rule);
