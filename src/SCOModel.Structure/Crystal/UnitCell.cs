namespace SCOModel.Structure.Crystal;

/// <summary>
/// A unit cell a, b, c (Å), α, β, γ (degrees) and its fractional → Cartesian map in the usual crystallographic frame:
/// a along x, b in the xy plane, c completing a right-handed set (International Tables for Crystallography, Vol. B,
/// §3.3.1.1).
/// </summary>
public sealed class UnitCell
{
    private readonly Vector3D _a;
    private readonly Vector3D _b;
    private readonly Vector3D _c;

    /// <summary>A cell; throws <see cref="ArgumentException"/> when the parameters describe none (see <see cref="Problem"/>).</summary>
    public UnitCell(double a, double b, double c, double alphaDeg, double betaDeg, double gammaDeg)
    {
        if (Problem(a, b, c, alphaDeg, betaDeg, gammaDeg) is string problem)
        {
            throw new ArgumentException(problem);
        }

        (A, B, C, AlphaDeg, BetaDeg, GammaDeg) = (a, b, c, alphaDeg, betaDeg, gammaDeg);
        double ca = Cos(alphaDeg), cb = Cos(betaDeg), cg = Cos(gammaDeg), sg = Math.Sin(gammaDeg * Math.PI / 180);
        Volume = a * b * c * Math.Sqrt(AngularFactor(ca, cb, cg));
        _a = new Vector3D(a, 0, 0);
        _b = new Vector3D(b * cg, b * sg, 0);
        _c = new Vector3D(c * cb, c * (ca - (cb * cg)) / sg, Volume / (a * b * sg));
        var aStar = _b.Cross(_c);
        var bStar = _c.Cross(_a);
        var cStar = _a.Cross(_b);
        ReciprocalLengths = [aStar.Length / Volume, bStar.Length / Volume, cStar.Length / Volume];
    }

    public double A { get; }

    public double B { get; }

    public double C { get; }

    public double AlphaDeg { get; }

    public double BetaDeg { get; }

    public double GammaDeg { get; }

    /// <summary>V = abc √(1 − cos²α − cos²β − cos²γ + 2 cos α cos β cos γ), Å³.</summary>
    public double Volume { get; }

    /// <summary>|a*|, |b*|, |c*| (Å⁻¹): 1/|a*| is the spacing of the (100) planes, which bounds the images to search.</summary>
    public IReadOnlyList<double> ReciprocalLengths { get; }

    /// <summary>The Cartesian position (Å) of fractional coordinates.</summary>
    public Vector3D ToCartesian(Vector3D fractional) =>
        (fractional.X * _a) + (fractional.Y * _b) + (fractional.Z * _c);

    /// <summary>Why the parameters describe no cell, or null when they do.</summary>
    public static string? Problem(double a, double b, double c, double alphaDeg, double betaDeg, double gammaDeg)
    {
        if (!(a > 0 && b > 0 && c > 0) || !double.IsFinite(a * b * c))
        {
            return $"expected positive cell lengths, got a = {a}, b = {b}, c = {c} Å";
        }

        if (!(alphaDeg is > 0 and < 180 && betaDeg is > 0 and < 180 && gammaDeg is > 0 and < 180))
        {
            return $"expected cell angles between 0 and 180°, got α = {alphaDeg}, β = {betaDeg}, γ = {gammaDeg}";
        }

        return AngularFactor(Cos(alphaDeg), Cos(betaDeg), Cos(gammaDeg)) > 1e-10
            ? null
            : $"the angles α = {alphaDeg}, β = {betaDeg}, γ = {gammaDeg} describe no cell (zero or imaginary volume)";
    }

    private static double AngularFactor(double ca, double cb, double cg) =>
        1 - (ca * ca) - (cb * cb) - (cg * cg) + (2 * ca * cb * cg);

    private static double Cos(double deg) => Math.Cos(deg * Math.PI / 180);
}
