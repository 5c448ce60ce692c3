namespace SCOModel.Core.Results;

/// <summary>
/// How often configurations were exchanged between two neighbouring rungs of a parallel-tempering ladder, over all
/// replicas' measured sweeps. A low rate (below ~0.1) means the rungs are too far apart for configurations to travel.
/// </summary>
/// <param name="LowerK">The lower temperature of the pair.</param>
/// <param name="UpperK">The upper temperature of the pair.</param>
/// <param name="Attempts">Exchanges proposed between them.</param>
/// <param name="Acceptance">Fraction accepted (NaN when none was proposed).</param>
public sealed record ExchangeRate(double LowerK, double UpperK, long Attempts, double Acceptance);
