namespace SCOModel.Validation.Tests.References;

/// <summary>
/// Onsager's exact solution of the square-lattice Ising model in zero field, H = −J Σ_&lt;ij&gt; s_i s_j (PHYSICS.md
/// §1: the SCO model at h = 0), for the infinite lattice.
/// </summary>
internal static class Onsager
{
    /// <summary>T_c / J = 2 / ln(1 + √2) = 2.269185...</summary>
    public static readonly double CriticalTemperaturePerCoupling = 2 / Math.Log(1 + Math.Sqrt(2));

    /// <summary>
    /// Energy per site u = −J coth(2βJ) [1 + (2/π)(2 tanh²(2βJ) − 1) K(k)], k = 2 sinh(2βJ) / cosh²(2βJ), with K
    /// the complete elliptic integral of the first kind. Singular (0 · ∞) exactly at T_c.
    /// </summary>
    public static double EnergyPerSiteK(double couplingK, double temperatureK)
    {
        double twoK = 2 * couplingK / temperatureK;
        double sinh = Math.Sinh(twoK);
        double cosh = Math.Cosh(twoK);
        double tanh = Math.Tanh(twoK);

        // The complementary modulus k' = sqrt(1 − k²) = |1 − sinh²(2βJ)| / cosh²(2βJ) (since cosh⁴ − 4 sinh² =
        // (1 − sinh²)²), computed without the cancellation of 1 − k² near T_c.
        double complement = Math.Abs(1 - (sinh * sinh)) / (cosh * cosh);
        return -couplingK / tanh * (1 + (2 / Math.PI * ((2 * tanh * tanh) - 1) * EllipticKOfComplement(complement)));
    }

    /// <summary>
    /// Complete elliptic integral of the first kind with modulus k, K(k) = ∫_0^(π/2) dφ / sqrt(1 − k² sin²φ).
    /// </summary>
    public static double EllipticK(double modulus)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(modulus);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(modulus, 1);
        return EllipticKOfComplement(Math.Sqrt(1 - (modulus * modulus)));
    }

    /// <summary>K as a function of the complementary modulus k': π / (2 AGM(1, k')).</summary>
    public static double EllipticKOfComplement(double complement)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(complement);
        return Math.PI / (2 * ArithmeticGeometricMean(1, complement));
    }

    /// <summary>Arithmetic–geometric mean, iterated to machine precision (quadratic convergence).</summary>
    public static double ArithmeticGeometricMean(double a, double b)
    {
        for (int k = 0; k < 64 && Math.Abs(a - b) > 1e-15 * a; k++)
        {
            (a, b) = (0.5 * (a + b), Math.Sqrt(a * b));
        }

        return a;
    }

    /// <summary>
    /// Exponential correlation length along a lattice axis, in lattice spacings, from the exact row-to-row transfer
    /// matrix: 1/ξ = 2 (K* − K) above T_c and 4 (K − K*) below, with K = J/T and K* = −½ ln tanh K its dual.
    /// Used only to size finite-size allowances (corrections on a periodic L × L lattice are ~ e^(−L/ξ)).
    /// </summary>
    public static double CorrelationLength(double couplingK, double temperatureK)
    {
        double k = couplingK / temperatureK;
        double dual = -0.5 * Math.Log(Math.Tanh(k));
        return k < dual ? 1 / (2 * (dual - k)) : 1 / (4 * (k - dual));
    }
}
