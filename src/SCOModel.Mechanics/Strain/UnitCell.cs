using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace SCOModel.Mechanics.Strain;

/// <summary>
/// A unit cell given by its lattice parameters a, b, c (Å) and α, β, γ (degrees), with its volume, its metric and its
/// basis vectors in a Cartesian frame.
/// </summary>
/// <remarks>
/// The Cartesian frame is PASCal's: z ∥ c, x ∥ a* (so b lies in the yz plane) and y = z × x. PASCal builds the
/// inverse of this basis (<c>orthomat</c> in PASCal/utils.py; Lertkiattrakul, Evans &amp; Cliffe, J. Open Source Softw.
/// 2023; Cliffe &amp; Goodwin, J. Appl. Cryst. 2012, 45, 1321): a lower-triangular matrix whose rows are a*, b*, c*,
/// with c* = (…, …, 1/c) and a* = (1/(a sin β sin γ*), 0, 0). The frame matters for finite deformations only: the
/// infinitesimal strains of two frames differ at second order in the strain.
/// </remarks>
public sealed class UnitCell
{
    /// <summary>A cell; throws when the parameters describe no cell (see <see cref="Problem"/>).</summary>
    public UnitCell(double a, double b, double c, double alphaDeg, double betaDeg, double gammaDeg)
    {
        if (Problem(a, b, c, alphaDeg, betaDeg, gammaDeg) is string problem)
        {
            throw new ArgumentException(problem);
        }

        A = a;
        B = b;
        C = c;
        AlphaDeg = alphaDeg;
        BetaDeg = betaDeg;
        GammaDeg = gammaDeg;
    }

    /// <summary>a, Å.</summary>
    public double A { get; }

    /// <summary>b, Å.</summary>
    public double B { get; }

    /// <summary>c, Å.</summary>
    public double C { get; }

    /// <summary>α, the angle between b and c, degrees.</summary>
    public double AlphaDeg { get; }

    /// <summary>β, the angle between a and c, degrees.</summary>
    public double BetaDeg { get; }

    /// <summary>γ, the angle between a and b, degrees.</summary>
    public double GammaDeg { get; }

    /// <summary>The parameters in the order a, b, c, α, β, γ.</summary>
    public IReadOnlyList<double> Parameters => [A, B, C, AlphaDeg, BetaDeg, GammaDeg];

    /// <summary>V = abc √(1 − cos²α − cos²β − cos²γ + 2 cos α cos β cos γ), Å³.</summary>
    public double Volume => A * B * C * Math.Sqrt(AngularFactor(AlphaDeg, BetaDeg, GammaDeg));

    /// <summary>The cell with one parameter (0 = a … 5 = γ) changed by <paramref name="delta"/>.</summary>
    public UnitCell With(int parameter, double delta)
    {
        var p = Parameters.ToArray();
        p[parameter] += delta;
        return new UnitCell(p[0], p[1], p[2], p[3], p[4], p[5]);
    }

    /// <summary>The metric tensor G_ij = a_i · a_j, Å².</summary>
    public Matrix<double> Metric()
    {
        var (ca, cb, cg) = (Cos(AlphaDeg), Cos(BetaDeg), Cos(GammaDeg));
        return Matrix<double>.Build.DenseOfArray(new[,]
        {
            { A * A, A * B * cg, A * C * cb },
            { A * B * cg, B * B, B * C * ca },
            { A * C * cb, B * C * ca, C * C },
        });
    }

    /// <summary>
    /// The basis as the columns of a matrix (a, b, c in Å, PASCal's frame): c = (0, 0, c), b = (0, b sin α, b cos α),
    /// a = (V/(bc sin α), a (cos γ − cos α cos β)/sin α, a cos β). A direction with lattice components [uvw] is
    /// M·[uvw] in the frame; the frame's components of a vector r are M⁻¹ r in lattice units.
    /// </summary>
    public Matrix<double> CartesianBasis()
    {
        var (ca, cb, cg) = (Cos(AlphaDeg), Cos(BetaDeg), Cos(GammaDeg));
        double sa = Math.Sin(AlphaDeg * Math.PI / 180);
        double ay = A * (cg - (ca * cb)) / sa;
        double ax = Volume / (B * C * sa);
        return Matrix<double>.Build.DenseOfArray(new[,]
        {
            { ax, 0, 0 },
            { ay, B * sa, 0 },
            { A * cb, B * ca, C },
        });
    }

    /// <summary>
    /// Why the parameters describe no cell, or null when they do: lengths must be positive and finite, angles strictly
    /// between 0° and 180°, and the metric positive definite, which for such angles is
    /// 1 − cos²α − cos²β − cos²γ + 2 cos α cos β cos γ &gt; 0 (e.g. α = β = 90° with γ = 10° is a cell; α = 10°,
    /// β = 10°, γ = 90° is not: no three vectors make those angles).
    /// </summary>
    public static string? Problem(double a, double b, double c, double alphaDeg, double betaDeg, double gammaDeg)
    {
        if (!(a > 0 && b > 0 && c > 0 && double.IsFinite(a) && double.IsFinite(b) && double.IsFinite(c)))
        {
            return FormattableString.Invariant($"expected positive cell lengths, got a = {a}, b = {b}, c = {c} Å");
        }

        foreach (double angle in new[] { alphaDeg, betaDeg, gammaDeg })
        {
            if (!(angle > 0 && angle < 180))
            {
                return FormattableString.Invariant(
                    $"expected cell angles strictly between 0 and 180 degrees, got α = {alphaDeg}, β = {betaDeg}, γ = {gammaDeg}");
            }
        }

        double factor = AngularFactor(alphaDeg, betaDeg, gammaDeg);
        return factor > 1e-12 ? null : string.Create(CultureInfo.InvariantCulture,
            $"the angles α = {alphaDeg}, β = {betaDeg}, γ = {gammaDeg} degrees make no cell: its metric is not positive definite (1 − cos²α − cos²β − cos²γ + 2 cos α cos β cos γ = {factor:G3}, must be > 0; e.g. each angle must be less than the sum of the other two)");
    }

    private static double AngularFactor(double alphaDeg, double betaDeg, double gammaDeg)
    {
        var (ca, cb, cg) = (Cos(alphaDeg), Cos(betaDeg), Cos(gammaDeg));
        return 1 - (ca * ca) - (cb * cb) - (cg * cg) + (2 * ca * cb * cg);
    }

    // Exact zeros for right angles, so that an orthorhombic cell has an exactly diagonal basis.
    private static double Cos(double degrees) => degrees == 90 ? 0 : Math.Cos(degrees * Math.PI / 180);
}
