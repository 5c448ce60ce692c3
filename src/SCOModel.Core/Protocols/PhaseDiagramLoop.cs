namespace SCOModel.Core.Protocols;

/// <summary>What each line of a P–T grid loops over.</summary>
public enum PhaseDiagramLoop
{
    /// <summary>A temperature loop at each pressure (thermal hysteresis under pressure).</summary>
    Temperature,

    /// <summary>A pressure loop at each temperature (pressure-induced transitions).</summary>
    Pressure,
}
