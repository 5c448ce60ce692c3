namespace SCOModel.Mechanics.WineRack;

/// <summary>
/// A stationary state of the wine-rack mean field at (T, P): the HS fraction, carried as its logit
/// y = ln(n/(1 − n)) so that states next to n = 0 or 1 keep full precision, the relaxed node and the free energy.
/// </summary>
/// <param name="Logit">y = ln(n/(1 − n)).</param>
/// <param name="TemperatureK">T, K.</param>
/// <param name="PressureGPa">P, GPa.</param>
/// <param name="Elastic">The node relaxed at this n and P.</param>
/// <param name="FreeEnergyK">F(n) per node, K (PHYSICS.md §2 with the elastic enthalpy of §5).</param>
public sealed record WineRackState(
    double Logit,
    double TemperatureK,
    double PressureGPa,
    ElasticEquilibrium Elastic,
    double FreeEnergyK)
{
    /// <summary>n_HS = 1/(1 + e^(−y)).</summary>
    public double NHs => 1 / (1 + Math.Exp(-Logit));

    /// <summary>The relaxed geometry.</summary>
    public WineRackGeometry Geometry => Elastic.Geometry;
}
