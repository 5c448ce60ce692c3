namespace SCOModel.Plotting.Charts;

/// <summary>A state a lattice site can be in (e.g. HS or LS), with its legend label and its colour.</summary>
public sealed record SiteState(string Label, Colour Colour);
