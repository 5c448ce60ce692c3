namespace SCOModel.Validation.Tests.References;

/// <summary>
/// The Ising chain H = −h Σ s_i − J Σ s_i s_(i+1) solved with its 2×2 transfer matrix
/// T(s, s') = exp(K s s' + B (s + s')/2), K = J/T, B = h/T (PHYSICS.md §1, "Exact references").
/// </summary>
internal static class TransferMatrixChain
{
    /// <summary>
    /// ⟨s⟩ of the infinite chain: sinh(h/T) / sqrt(sinh²(h/T) + e^(−4J/T)) (the formula of PHYSICS.md §1).
    /// </summary>
    public static double InfiniteChainMagnetisation(double fieldK, double couplingK, double temperatureK)
    {
        double sinh = Math.Sinh(fieldK / temperatureK);
        return sinh / Math.Sqrt((sinh * sinh) + Math.Exp(-4 * couplingK / temperatureK));
    }

    /// <summary>
    /// Exact ⟨s_0⟩ and ⟨s_0 s_1⟩ of a periodic ring of <paramref name="sites"/> spins, from traces of matrix powers:
    /// Z = Tr T^N, ⟨s_0⟩ = Tr(S T^N)/Z, ⟨s_0 s_1⟩ = Tr(S T S T^(N−1))/Z with S = diag(1, −1). Independent of the
    /// infinite-chain formula, so the difference of the two is the finite-size correction, ~ (λ−/λ+)^N.
    /// </summary>
    public static (double Magnetisation, double NearestNeighbourCorrelation) Ring(
        int sites, double fieldK, double couplingK, double temperatureK)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sites, 2);
        double k = couplingK / temperatureK;
        double b = fieldK / temperatureK;

        // Index 0 is s = +1, index 1 is s = −1. Every product is rescaled: the ratios of traces do not change.
        var t = Normalised(new Matrix(Math.Exp(k + b), Math.Exp(-k), Math.Exp(-k), Math.Exp(k - b)));
        var power = Power(t, sites - 1);
        var full = Multiply(t, power);
        var s = new Matrix(1, 0, 0, -1);
        double z = full.Trace;
        double magnetisation = Multiply(s, full).Trace / z;
        double correlation = Multiply(Multiply(s, t), Multiply(s, power)).Trace / z;
        return (magnetisation, correlation);
    }

    private static Matrix Power(Matrix m, int exponent)
    {
        var result = new Matrix(1, 0, 0, 1);
        var square = m;
        while (exponent > 0)
        {
            if ((exponent & 1) == 1)
            {
                result = Normalised(Multiply(result, square));
            }

            square = Normalised(Multiply(square, square));
            exponent >>= 1;
        }

        return result;
    }

    private static Matrix Multiply(Matrix x, Matrix y) => new(
        (x.A * y.A) + (x.B * y.C),
        (x.A * y.B) + (x.B * y.D),
        (x.C * y.A) + (x.D * y.C),
        (x.C * y.B) + (x.D * y.D));

    private static Matrix Normalised(Matrix m)
    {
        double scale = Math.Max(Math.Max(Math.Abs(m.A), Math.Abs(m.B)), Math.Max(Math.Abs(m.C), Math.Abs(m.D)));
        return new Matrix(m.A / scale, m.B / scale, m.C / scale, m.D / scale);
    }

    /// <summary>[[A, B], [C, D]].</summary>
    private readonly record struct Matrix(double A, double B, double C, double D)
    {
        public double Trace => A + D;
    }
}
