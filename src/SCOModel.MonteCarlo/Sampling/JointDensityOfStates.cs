namespace SCOModel.MonteCarlo.Sampling;

/// <summary>
/// The joint density of states g(P, M) of an Ising-like model with one uniform coupling J: P = Σ_&lt;ij&gt; s_i s_j
/// (each bond once, so E_J = J P) and M = Σ s_i. Bin (p, m) holds P = 2p − B, M = 2m − N (B bonds, N sites: flips
/// change P and M by even amounts, so P ≡ B and M ≡ N mod 2). Unvisited bins hold −∞.
/// </summary>
public sealed class JointDensityOfStates
{
    private readonly double[] _lnG;

    /// <summary>A density of states over (bonds + 1) × (sites + 1) bins, ln g(p, m) = lnG[p (sites + 1) + m].</summary>
    public JointDensityOfStates(int siteCount, int bondCount, double[] lnG)
    {
        ArgumentNullException.ThrowIfNull(lnG);
        ArgumentOutOfRangeException.ThrowIfNotEqual(lnG.Length, (bondCount + 1) * (siteCount + 1));
        SiteCount = siteCount;
        BondCount = bondCount;
        _lnG = lnG;
    }

    /// <summary>N.</summary>
    public int SiteCount { get; }

    /// <summary>B, the number of bonds.</summary>
    public int BondCount { get; }

    /// <summary>ln g of the bin with bond product sum P and magnetisation M (−∞ where never visited).</summary>
    public double LnG(int bondProductSum, int magnetisation) =>
        _lnG[Index(bondProductSum, magnetisation)];

    /// <summary>Whether the bin (P, M) was visited (has a finite ln g).</summary>
    public bool Visited(int bondProductSum, int magnetisation) =>
        Math.Abs(bondProductSum) <= BondCount && Math.Abs(magnetisation) <= SiteCount
        && ((bondProductSum + BondCount) & 1) == 0 && ((magnetisation + SiteCount) & 1) == 0
        && !double.IsNegativeInfinity(_lnG[Index(bondProductSum, magnetisation)]);

    /// <summary>The visited bins (P, M, ln g), ln g normalised so that Σ g = 2^N.</summary>
    public IEnumerable<(int BondProductSum, int Magnetisation, double LnG)> Bins()
    {
        for (int p = 0; p <= BondCount; p++)
        {
            for (int m = 0; m <= SiteCount; m++)
            {
                double value = _lnG[(p * (SiteCount + 1)) + m];
                if (!double.IsNegativeInfinity(value))
                {
                    yield return ((2 * p) - BondCount, (2 * m) - SiteCount, value);
                }
            }
        }
    }

    /// <summary>A copy normalised so that the degeneracies sum to 2^N (the number of configurations).</summary>
    public JointDensityOfStates Normalised()
    {
        double shift = (SiteCount * Math.Log(2)) - LogSumExp(_lnG);
        return new JointDensityOfStates(SiteCount, BondCount, _lnG.Select(v => v + shift).ToArray());
    }

    /// <summary>
    /// Canonical averages ⟨M⟩ and ⟨P⟩ at temperature T in the field h, for H = −h M − J P: weights
    /// w(P, M) ∝ g(P, M) e^{β (h M + J P)} (PHYSICS.md §1).
    /// </summary>
    public (double Magnetisation, double BondProductSum) Canonical(double fieldK, double couplingK, double temperatureK)
    {
        double beta = 1 / temperatureK;
        var logWeights = new double[_lnG.Length];
        double largest = double.NegativeInfinity;
        for (int p = 0; p <= BondCount; p++)
        {
            for (int m = 0; m <= SiteCount; m++)
            {
                int k = (p * (SiteCount + 1)) + m;
                double w = _lnG[k] + (beta * ((fieldK * ((2 * m) - SiteCount)) + (couplingK * ((2 * p) - BondCount))));
                logWeights[k] = w;
                largest = Math.Max(largest, w);
            }
        }

        double z = 0, sumM = 0, sumP = 0;
        for (int p = 0; p <= BondCount; p++)
        {
            for (int m = 0; m <= SiteCount; m++)
            {
                double w = Math.Exp(logWeights[(p * (SiteCount + 1)) + m] - largest);
                z += w;
                sumM += w * ((2 * m) - SiteCount);
                sumP += w * ((2 * p) - BondCount);
            }
        }

        return (sumM / z, sumP / z);
    }

    /// <summary>Index of the bin (P, M).</summary>
    public int Index(int bondProductSum, int magnetisation) =>
        ((bondProductSum + BondCount) / 2 * (SiteCount + 1)) + ((magnetisation + SiteCount) / 2);

    private static double LogSumExp(double[] values)
    {
        double largest = values.Max();
        return largest + Math.Log(values.Sum(v => Math.Exp(v - largest)));
    }
}
