using System.Globalization;
using System.Text;
using MathNet.Numerics.LinearAlgebra;
using SCOModel.Mechanics.Strain;

namespace SCOModel.Mechanics.Tests.Strain;

/// <summary>Lattice-parameter tables made in the tests from a known deformation, with seeded Gaussian noise.</summary>
internal static class SyntheticLattice
{
    /// <summary>
    /// The cell whose basis is (I + x S) M₀, S a symmetric strain rate per unit of x: its lattice parameters are the
    /// lengths of the deformed basis vectors and the angles between them.
    /// </summary>
    public static UnitCell Deform(UnitCell reference, Matrix<double> rate, double x)
    {
        var m = (Matrix<double>.Build.DenseIdentity(3) + (x * rate)) * reference.CartesianBasis();
        var (a, b, c) = (m.Column(0), m.Column(1), m.Column(2));
        return new UnitCell(a.L2Norm(), b.L2Norm(), c.L2Norm(), AngleDeg(b, c), AngleDeg(a, c), AngleDeg(a, b));
    }

    /// <summary>A CSV of cells at the given values of the variable, with Gaussian noise σ on a, b, c (Å).</summary>
    public static string Csv(string column, IEnumerable<double> xs, Func<double, UnitCell> cellAt, double sigma = 0,
        int seed = 1, bool writeStdErr = false)
    {
        var random = new Random(seed);
        var text = new StringBuilder(column + ",a_A,b_A,c_A,alpha_deg,beta_deg,gamma_deg");
        text.Append(writeStdErr ? ",a_A_stderr,b_A_stderr,c_A_stderr\n" : "\n");
        foreach (double x in xs)
        {
            var cell = cellAt(x);
            text.Append(CultureInfo.InvariantCulture,
                $"{x:R},{cell.A + (sigma * Gaussian(random)):R},{cell.B + (sigma * Gaussian(random)):R},{cell.C + (sigma * Gaussian(random)):R},{cell.AlphaDeg:R},{cell.BetaDeg:R},{cell.GammaDeg:R}");
            text.Append(writeStdErr ? string.Create(CultureInfo.InvariantCulture, $",{sigma:R},{sigma:R},{sigma:R}\n") : "\n");
        }

        return text.ToString();
    }

    /// <summary>Box–Muller.</summary>
    public static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static double AngleDeg(Vector<double> u, Vector<double> v) => Math.Acos(u * v / (u.L2Norm() * v.L2Norm())) * 180 / Math.PI;
}
