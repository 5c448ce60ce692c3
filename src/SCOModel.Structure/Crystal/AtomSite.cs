namespace SCOModel.Structure.Crystal;

/// <summary>An atom site of the asymmetric unit as the CIF lists it, with the line it is on.</summary>
public sealed record AtomSite(string Label, Element Element, Vector3D Fractional, double Occupancy, int Line);
