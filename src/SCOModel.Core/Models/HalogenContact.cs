namespace SCOModel.Core.Models;

/// <summary>
/// A halogen contact M–X···X'–M' (PHYSICS.md §6; Busch et al., Chem. Eur. J. 2020, 26, 11835): the distance d(X···X')
/// and the angles θ1 = M–X···X' and θ2 = X···X'–M'.
/// </summary>
/// <param name="X">The first halogen.</param>
/// <param name="XPrime">The second halogen.</param>
/// <param name="DistanceA">d(X···X') in Å.</param>
/// <param name="Theta1Deg">θ1 in degrees.</param>
/// <param name="Theta2Deg">θ2 in degrees.</param>
public sealed record HalogenContact(Halogen X, Halogen XPrime, double DistanceA, double Theta1Deg, double Theta2Deg)
{
    /// <summary>Below this |θ1 − θ2| a contact is type I.</summary>
    public const double TypeIMaxDifferenceDeg = 15;

    /// <summary>From this |θ1 − θ2| on a contact is type II.</summary>
    public const double TypeIIMinDifferenceDeg = 30;

    /// <summary>
    /// The van der Waals radius of a halogen in Å (Bondi, J. Phys. Chem. 1964, 68, 441): F 1.47, Cl 1.75, Br 1.85,
    /// I 1.98.
    /// </summary>
    public static double VanDerWaalsRadiusA(Halogen halogen) => halogen switch
    {
        Halogen.F => 1.47,
        Halogen.Cl => 1.75,
        Halogen.Br => 1.85,
        Halogen.I => 1.98,
        _ => throw new ArgumentOutOfRangeException(nameof(halogen), halogen, null),
    };

    /// <summary>The reduced distance R_XB = d / (r_vdW(X) + r_vdW(X')): below 1 the atoms overlap their radii.</summary>
    public double ReducedDistance => DistanceA / (VanDerWaalsRadiusA(X) + VanDerWaalsRadiusA(XPrime));

    /// <summary>Type I, II or neither, from |θ1 − θ2|.</summary>
    public HalogenContactType Type
    {
        get
        {
            double difference = Math.Abs(Theta1Deg - Theta2Deg);
            return difference < TypeIMaxDifferenceDeg ? HalogenContactType.TypeI
                : difference >= TypeIIMinDifferenceDeg ? HalogenContactType.TypeII
                : HalogenContactType.Intermediate;
        }
    }

    /// <summary>
    /// The angular factor of <see cref="HalogenCouplingLaw"/>, in [0, 1] — a model choice, not a law: for type I and
    /// intermediate contacts (1 − cos θ1)(1 − cos θ2)/4, which is 1 for a linear M–X···X'–M' and falls as the contact
    /// bends; for type II (1 − cos θ_max)/2 · sin θ_min, which is 1 at the ideal halogen-bond geometry θ_max = 180°,
    /// θ_min = 90° (the σ-hole of one halogen pointing at the belt of the other).
    /// </summary>
    public double AngularFactor
    {
        get
        {
            double t1 = Theta1Deg * Math.PI / 180, t2 = Theta2Deg * Math.PI / 180;
            if (Type != HalogenContactType.TypeII)
            {
                return (1 - Math.Cos(t1)) * (1 - Math.Cos(t2)) / 4;
            }

            double max = Math.Max(t1, t2), min = Math.Min(t1, t2);
            return (1 - Math.Cos(max)) / 2 * Math.Max(0, Math.Sin(min));
        }
    }
}
