namespace SCOModel.Plotting.Charts;

/// <summary>How data values map onto an axis.</summary>
public enum AxisScale
{
    /// <summary>Equal distances for equal differences.</summary>
    Linear,

    /// <summary>Equal distances for equal ratios (base 10); only positive values can be shown.</summary>
    Logarithmic,
}
