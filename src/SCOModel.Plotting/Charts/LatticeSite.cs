namespace SCOModel.Plotting.Charts;

/// <summary>One site of a <see cref="LatticePicture"/>: its position (any length unit) and its state's index.</summary>
public readonly record struct LatticeSite(double X, double Y, int State);
