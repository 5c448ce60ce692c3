namespace SCOModel.Core.Protocols;

/// <summary>How the sampling times of an isothermal time series are spread.</summary>
public enum TimeSpacing
{
    /// <summary>Evenly in log t (relaxations span decades): t = 0, then first .. duration geometrically.</summary>
    Log,

    /// <summary>Evenly in t from 0 to the duration.</summary>
    Linear,
}
