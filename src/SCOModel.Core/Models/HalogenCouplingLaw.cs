namespace SCOModel.Core.Models;

/// <summary>
/// The coupling a halogen contact adds to the bond between the two molecules it joins (PHYSICS.md §6), a model
/// choice with fittable parameters:
/// <code>
/// J_XB = sqrt(J0(X) J0(X')) · exp(−(R_XB − 1)/w) · a(θ1, θ2)
/// </code>
/// J0 per halogen (the strength at the van der Waals contact R_XB = 1 and ideal geometry; Busch et al. and
/// PHYSICS.md §6 order it F &lt; Cl &lt; Br &lt; I, which a fit should respect), w the range in units of R_XB over which
/// the contact fades, and a the <see cref="HalogenContact.AngularFactor"/>. No default values: they are fitted to a
/// compound series (models/compounds/).
/// </summary>
/// <param name="ScaleK">J0 per halogen, in kelvin.</param>
/// <param name="RangeWidth">w, dimensionless (in units of R_XB).</param>
public sealed record HalogenCouplingLaw(IReadOnlyDictionary<Halogen, double> ScaleK, double RangeWidth)
{
    /// <summary>J_XB of a contact in kelvin; throws when J0 of one of its halogens is not given.</summary>
    public double CouplingK(HalogenContact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        double scale = Math.Sqrt(Scale(contact.X) * Scale(contact.XPrime));
        return scale * Math.Exp(-(contact.ReducedDistance - 1) / RangeWidth) * contact.AngularFactor;
    }

    private double Scale(Halogen halogen) => ScaleK.TryGetValue(halogen, out double j0)
        ? j0
        : throw new ArgumentException($"no coupling scale J0 given for {halogen}");
}
