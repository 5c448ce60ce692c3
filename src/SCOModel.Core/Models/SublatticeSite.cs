namespace SCOModel.Core.Models;

/// <summary>What differs on one sublattice: each value, when given, replaces the model's own (PHYSICS.md §2).</summary>
/// <param name="DeltaK">Δ of the sublattice's sites, in kelvin.</param>
/// <param name="LnG">ln g of the sublattice's sites.</param>
/// <param name="DeltaVA3">ΔV of the sublattice's sites, in Å^3.</param>
public sealed record SublatticeSite(double? DeltaK = null, double? LnG = null, double? DeltaVA3 = null);
