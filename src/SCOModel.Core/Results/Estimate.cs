namespace SCOModel.Core.Results;

/// <summary>A measured mean with its standard error (0 for exact engines).</summary>
public readonly record struct Estimate(double Mean, double StdErr)
{
    /// <summary>An exact value (no statistical error).</summary>
    public static Estimate Exact(double value) => new(value, 0);
}
