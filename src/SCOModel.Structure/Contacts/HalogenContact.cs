using SCOModel.Structure.Crystal;

namespace SCOModel.Structure.Contacts;

/// <summary>
/// A short contact X···Y from a halogen X to a halogen or a donor atom Y (N, O, S, Se, P) within the sum of their
/// Bondi radii plus a tolerance (PHYSICS.md §6). <see cref="Theta1Deg"/> is the angle R1–X···Y at X, R1 being the atom
/// X is bonded to (carbon or a metal); <see cref="Theta2Deg"/> is X···Y–R2 at Y; NaN where the atom is bonded to
/// nothing. R_XB = d / (r_vdW(X) + r_vdW(Y)). <see cref="Image"/> is the lattice translation of Y's cell atom,
/// relative to X's.
/// </summary>
public sealed record HalogenContact(
    CellAtom Halogen,
    CellAtom Partner,
    LatticeTranslation Image,
    double Distance,
    double Theta1Deg,
    double Theta2Deg,
    CellAtom? HalogenNeighbour,
    CellAtom? PartnerNeighbour,
    double Rxb,
    ContactGeometry Geometry,
    bool IsIntermolecular)
{
    /// <summary>True for X···X′, false for X···donor.</summary>
    public bool IsHalogenHalogen => Partner.Element.IsHalogen;

    /// <summary>How many contacts of the unit cell are symmetry images of this one (set by the search's listing).</summary>
    public int Multiplicity { get; init; } = 1;

    /// <summary>The CIF symmetry code of the partner, seen from the halogen's site ("." for the same asymmetric unit).</summary>
    public string PartnerSymmetryCode => Partner.SymmetryCode(Image - Halogen.Shift);

    /// <summary>|θ1 − θ2|, degrees (NaN when either is undefined).</summary>
    public double AngleDifferenceDeg => Math.Abs(Theta1Deg - Theta2Deg);

    /// <summary>The same contact seen from the partner (only meaningful for X···X′).</summary>
    public HalogenContact Reversed() => this with
    {
        Halogen = Partner,
        Partner = Halogen,
        Image = -Image,
        Theta1Deg = Theta2Deg,
        Theta2Deg = Theta1Deg,
        HalogenNeighbour = PartnerNeighbour,
        PartnerNeighbour = HalogenNeighbour,
    };

    /// <summary>Classifies a pair of angles (X···X′ only).</summary>
    public static ContactGeometry Classify(double theta1Deg, double theta2Deg)
    {
        double difference = Math.Abs(theta1Deg - theta2Deg);
        return double.IsNaN(difference) ? ContactGeometry.NotApplicable
            : difference < 15 ? ContactGeometry.TypeI
            : difference >= 30 ? ContactGeometry.TypeII
            : ContactGeometry.Intermediate;
    }
}
