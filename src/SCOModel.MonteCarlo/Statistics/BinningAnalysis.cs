using SCOModel.Core.Results;

namespace SCOModel.MonteCarlo.Statistics;

/// <summary>The error analysis of one observable at one point, over all replicas.</summary>
/// <param name="Mean">Mean of all measurements of all replicas.</param>
/// <param name="StdErr">Standard error of <paramref name="Mean"/> (NaN when it cannot be estimated).</param>
/// <param name="TauIntSweeps">
/// Integrated autocorrelation time in measurements (sweeps), τ_int = 1/2 + Σ_{t≥1} ρ(t) (Sokal's convention: 1/2 for
/// independent data), so that the variance of a replica's mean is 2 τ_int σ²/n; NaN for constant data.
/// </param>
/// <param name="Plateau">Whether the error of the mean reached its plateau in block size (blocks ≥ c τ_int).</param>
/// <param name="MeasurementsPerReplica">The shortest replica's number of measurements.</param>
/// <param name="ReplicasDisagree">Whether the replica means scatter significantly more than their own errors allow.</param>
public sealed record SeriesAnalysis(
    double Mean,
    double StdErr,
    double TauIntSweeps,
    bool Plateau,
    long MeasurementsPerReplica,
    bool ReplicasDisagree)
{
    /// <summary>A replica shorter than this many τ_int gives no honest error bar.</summary>
    public const double MinimumTausPerReplica = 50;

    /// <summary>The mean and its error.</summary>
    public Estimate Estimate => new(Mean, StdErr);

    /// <summary>Whether the error bar can be trusted: a plateau was found and every replica ran ≥ 50 τ_int.</summary>
    public bool Converged => double.IsNaN(TauIntSweeps)
        ? !double.IsNaN(StdErr)
        : Plateau && MeasurementsPerReplica >= MinimumTausPerReplica * TauIntSweeps;
}

/// <summary>
/// Error bars and autocorrelation times from the blocking levels of <see cref="BinnedSeries"/> (Flyvbjerg and
/// Petersen, J. Chem. Phys. 91, 461 (1989)).
/// <para>
/// Within replicas: at blocking level l (blocks of b = 2^l measurements) the variance of the block means, pooled over
/// replicas around each replica's own mean, gives V_l, the variance of the grand mean if blocks were independent.
/// V_l grows with b and saturates once b ≫ τ; τ_int(l) = V_l / (2 V_0) (V_0: the naive, level-0 variance). The
/// plateau is the smallest level that is self-consistent, b ≥ c τ_int(l) with c = 16, and has at least 32 degrees
/// of freedom: there the residual bias of V_l, about τ/b for an exponential decay, is below 1/c (a few per cent on
/// the error), as in Sokal's automatic windowing (W ≥ c τ_int(W)) but with the algebraic tail of blocking.
/// Without a plateau, the largest V_l with enough degrees of freedom is used (a lower bound) and the result is
/// flagged.
/// </para>
/// <para>
/// Between replicas: the scatter of the replica means gives V_B with R − 1 degrees of freedom. In equilibrium V_B and
/// V_l estimate the same variance (independent estimates), so they are pooled by degrees of freedom; where
/// (R − 1) V_B / V_l exceeds the 99 % quantile of χ²_{R−1} (replicas in different states, e.g. metastable branches)
/// or there is no plateau, the larger of the two is used: the error bar then contains the replica spread.
/// </para>
/// </summary>
public static class BinningAnalysis
{
    /// <summary>Self-consistency factor: the plateau needs blocks of at least c τ_int measurements.</summary>
    public const double WindowFactor = 16;

    /// <summary>Degrees of freedom (pooled over replicas) a level needs to count as a plateau.</summary>
    public const int MinimumDegreesOfFreedom = 32;

    /// <summary>Degrees of freedom a level needs to be used at all as a fallback.</summary>
    public const int FallbackDegreesOfFreedom = 8;

    /// <summary>Analyses the replicas of one observable at one point.</summary>
    public static SeriesAnalysis Analyse(IReadOnlyList<BinnedSeries> replicas)
    {
        ArgumentNullException.ThrowIfNull(replicas);
        var used = replicas.Where(r => r.Count > 0).ToArray();
        if (used.Length == 0)
        {
            throw new ArgumentException("no measurements to analyse", nameof(replicas));
        }

        long total = used.Sum(r => r.Count);
        long shortest = used.Min(r => r.Count);
        double mean = used.Sum(r => r.Count * r.Mean) / total;
        var weights = used.Select(r => (double)r.Count / total).ToArray();

        var naive = LevelVariance(used, weights, 0);
        if (naive is null)
        {
            return new SeriesAnalysis(mean, double.NaN, double.NaN, false, shortest, false);
        }

        if (naive.Value.Variance == 0)
        {
            return new SeriesAnalysis(mean, 0, double.NaN, true, shortest, false);
        }

        // The plateau: the first self-consistent level with enough degrees of freedom.
        double within = double.NaN, withinDof = 0, tau = double.NaN;
        bool plateau = false;
        int levels = used.Min(r => r.Levels);
        for (int level = 0; level < levels; level++)
        {
            if (LevelVariance(used, weights, level) is not { } v || v.DegreesOfFreedom < MinimumDegreesOfFreedom)
            {
                break;
            }

            double tauAtLevel = v.Variance / (2 * naive.Value.Variance);
            if ((1L << level) >= WindowFactor * tauAtLevel)
            {
                (within, withinDof, tau, plateau) = (v.Variance, v.DegreesOfFreedom, tauAtLevel, true);
                break;
            }
        }

        if (!plateau)
        {
            // No plateau: the largest error among the levels with some statistics, a lower bound.
            for (int level = 0; level < levels; level++)
            {
                if (LevelVariance(used, weights, level) is { } v && v.DegreesOfFreedom >= Math.Min(FallbackDegreesOfFreedom, naive.Value.DegreesOfFreedom)
                    && !(v.Variance <= within))
                {
                    (within, withinDof) = (v.Variance, v.DegreesOfFreedom);
                }
            }

            tau = within / (2 * naive.Value.Variance);
        }

        double variance = within;
        bool disagree = false;
        if (used.Length >= 2)
        {
            // V_B = R/(R − 1) Σ w_r² (m_r − m)²: for equal weights the textbook s²/R of the replica means.
            int r = used.Length;
            double between = 0;
            for (int k = 0; k < r; k++)
            {
                double d = used[k].Mean - mean;
                between += weights[k] * weights[k] * d * d;
            }

            between *= (double)r / (r - 1);
            disagree = within > 0 && (r - 1) * between / within > ChiSquareQuantile(r - 1, Z99);
            variance = plateau && !disagree
                ? ((withinDof * within) + ((r - 1) * between)) / (withinDof + r - 1)
                : Math.Max(within, between);
        }

        return new SeriesAnalysis(mean, Math.Sqrt(variance), tau, plateau, shortest, disagree);
    }

    /// <summary>The standard normal quantile at 0.99.</summary>
    private const double Z99 = 2.3263478740408408;

    /// <summary>χ²_k quantile by the Wilson–Hilferty approximation (within 1 % for k ≥ 1 at the 99 % point).</summary>
    internal static double ChiSquareQuantile(int k, double z)
    {
        double a = 2.0 / (9 * k);
        double c = 1 - a + (z * Math.Sqrt(a));
        return k * c * c * c;
    }

    /// <summary>
    /// The variance of the grand mean at a blocking level if its blocks were independent: the block variance pooled
    /// over replicas around each one's own mean, s² = Σ SS_r / Σ (n_r − 1), times Σ w_r² / n_r.
    /// </summary>
    private static (double Variance, double DegreesOfFreedom)? LevelVariance(BinnedSeries[] replicas, double[] weights, int level)
    {
        double squares = 0, dof = 0, factor = 0;
        for (int k = 0; k < replicas.Length; k++)
        {
            long n = replicas[k].BlockCount(level);
            if (n < 1)
            {
                return null;
            }

            squares += replicas[k].BlockSquares(level);
            dof += n - 1;
            factor += weights[k] * weights[k] / n;
        }

        return dof < 1 ? null : (squares / dof * factor, dof);
    }
}
