using System.Diagnostics;
using System.Globalization;
using SCOModel.Core.Configuration;
using SCOModel.Core.Engines;
using SCOModel.Core.Models;
using SCOModel.Core.Protocols;
using SCOModel.Core.Results;
using SCOModel.MonteCarlo.Random;

namespace SCOModel.MonteCarlo.Sampling;

/// <summary>
/// Wang–Landau sampling (Wang and Landau 2001) for an <see cref="EquilibriumScan"/>: a random walk in configuration
/// space that estimates the joint density of states g(P, M), P = Σ_&lt;ij&gt; s_i s_j, M = Σ s_i, from which every
/// temperature follows by reweighting. The temperature enters the Ising-like H = −h(T) M − J P only through the field
/// h = (T ln g − Δ(P))/2 (PHYSICS.md §1), so one g(P, M) serves the whole scan, through the transition of a strongly
/// first-order system where a plain scan is stuck in one phase.
/// </summary>
/// <remarks>
/// <para><b>Walk.</b> Single-spin flips at uniformly drawn sites, accepted with min(1, g(old)/g(new)); after every
/// attempt ln g of the current bin grows by ln f and its histogram by 1. ln f starts at 1 and is halved whenever the
/// histogram is flat (its minimum at least <see cref="Flatness"/> of its mean over the bins visited so far; checked
/// every sweep of N attempts), which resets the histogram; once ln f falls below 1/t, t = attempts / visited bins, it
/// follows ln f = 1/t (Belardinelli and Pereyra 2007, which removes the saturation of the error of plain WL) down to
/// <see cref="EquilibriumScan.FinalLnF"/>.</para>
/// <para><b>Replicas.</b> Each monteCarlo replica is an independent walk (its own random stream); every observable is
/// computed from each replica's g at every temperature and averaged over the replicas, the standard error of that mean
/// being the error bar (0 with one replica). <see cref="EquilibriumScan.EquilibrationSweeps"/> and
/// <see cref="EquilibriumScan.SweepsPerPoint"/> are not used: the run ends when ln f reaches its final value.</para>
/// <para><b>Limits.</b> One uniform coupling (not per-direction couplings), no global coupling (long-range G = 0, not
/// all-to-all) and at most <see cref="MaxSites"/> sites: the table has (B + 1)(N + 1) bins, B the number of bonds.</para>
/// <para><b>Determinism.</b> Attempt a of sweep k of replica r uses uniforms (k, 2a) and (k, 2a + 1) of the stream
/// (seed, 0, r, <see cref="RandomPurpose.WangLandau"/>); the walks are sequential, so the result is a pure function of
/// the seed for any thread count.</para>
/// </remarks>
public static class WangLandau
{
    /// <summary>Largest lattice sampled (the table of g has O(N · bonds) bins).</summary>
    public const int MaxSites = 1024;

    /// <summary>A histogram is flat when its minimum is at least this fraction of its mean over the visited bins.</summary>
    public const double Flatness = 0.8;

    /// <summary>Runs the scan: one walk per replica in parallel, then the canonical averages at every temperature.</summary>
    internal static RunResult Run(IsingLikeModelConfig modelConfig, SimulationConfig config, EquilibriumScan scan,
        RunContext context)
    {
        var clock = Stopwatch.StartNew();
        var model = modelConfig.Build();
        if (Unsupported(model) is { } why)
        {
            throw new ConfigException("config", "$.protocol.sampler", why);
        }

        int replicas = config.MonteCarlo.Replicas;
        var densities = new JointDensityOfStates[replicas];
        var attempts = new long[replicas];
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = Math.Clamp(context.Threads, 1, replicas),
            CancellationToken = context.Cancellation,
        };
        int finished = 0;
        Parallel.For(0, replicas, options, r =>
        {
            (densities[r], attempts[r]) = Estimate(model, config.Seed, r, scan.FinalLnF, context.Cancellation);
            context.Progress?.Report((double)Interlocked.Increment(ref finished) / replicas);
        });

        double coupling = model.UniformCouplingK!.Value;
        var points = scan.Paths()[0].Segments[0].Points
            .Select(point =>
            {
                double h = model.Parameters.FieldK(point.TemperatureK, point.PressureGPa);
                var nHs = new double[replicas];
                var energy = new double[replicas];
                var correlation = new double[replicas];
                for (int r = 0; r < replicas; r++)
                {
                    var (m, p) = densities[r].Canonical(h, coupling, point.TemperatureK);
                    nHs[r] = 0.5 * (1 + (m / model.Lattice.SiteCount));
                    energy[r] = -((h * m) + (coupling * p)) / model.Lattice.SiteCount;
                    correlation[r] = model.Lattice.BondCount == 0 ? double.NaN : p / model.Lattice.BondCount;
                }

                return new PointResult(Branch.Equilibrium, point, Mean(nHs), Mean(energy), Mean(correlation))
                {
                    ErrorBarsConverged = replicas > 1,
                };
            })
            .ToArray();

        return new RunResult(points, attempts.Sum(), clock.Elapsed.TotalSeconds)
        {
            Warnings = replicas > 1 ? [] :
                ["wang-landau with one replica has no error bars (they come from the spread over replicas): " +
                 "set monteCarlo.replicas to 2 or more"],
        };
    }

    /// <summary>Why Wang–Landau cannot sample this model, or null when it can.</summary>
    public static string? Unsupported(IsingLikeModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.UniformCouplingK is null)
        {
            return "wang-landau samples g(Σ s s, M) for one uniform coupling; this model has per-direction couplings " +
                   "(use \"sampler\": \"parallel-tempering\")";
        }

        if (model.GlobalCouplingK != 0)
        {
            return "wang-landau does not sample a global coupling (long-range G ≠ 0 or an all-to-all lattice) " +
                   "(use \"sampler\": \"parallel-tempering\")";
        }

        if (model.Lattice.SiteCount > MaxSites)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"wang-landau is limited to {MaxSites} sites (its table of g(Σ s s, M) has O(N · bonds) bins); " +
                $"this lattice has {model.Lattice.SiteCount} (use \"sampler\": \"parallel-tempering\")");
        }

        return null;
    }

    /// <summary>
    /// One Wang–Landau walk of replica r: the density of states (normalised to Σ g = 2^N) and the number of attempts.
    /// </summary>
    public static (JointDensityOfStates Density, long Attempts) Estimate(IsingLikeModel model, ulong seed, int replica,
        double finalLnF, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(finalLnF);
        if (Unsupported(model) is { } why)
        {
            throw new ConfigException("config", "$.protocol.sampler", why);
        }

        var lattice = model.Lattice;
        int n = lattice.SiteCount;
        int bonds = lattice.BondCount;
        var offsets = lattice.Offsets;
        var neighbours = lattice.Neighbours;
        int stride = n + 1;
        var lnG = new double[(bonds + 1) * stride];
        var histogram = new long[lnG.Length];
        var visited = new bool[lnG.Length];
        int visitedCount = 0;

        var spins = new sbyte[n];
        var initial = new CounterRandom(seed, 0, replica, RandomPurpose.InitialState);
        for (int i = 0; i < n; i++)
        {
            spins[i] = initial.Uniform(0, i) < 0.5 ? (sbyte)1 : (sbyte)-1;
        }

        var moments = model.Measure(spins);
        int m = (int)moments.Magnetisation;
        int p = (int)moments.BondProductSum;
        int current = (((p + bonds) / 2) * stride) + ((m + n) / 2);

        var random = new CounterRandom(seed, 0, replica, RandomPurpose.WangLandau);
        double lnF = 1;
        bool oneOverT = false;
        long attempts = 0;
        for (uint sweep = 0; lnF > finalLnF; sweep++)
        {
            cancellation.ThrowIfCancellationRequested();
            for (int a = 0; a < n; a += 2)
            {
                var block = random.Block(sweep, a >> 1);
                for (int k = 0; k < 2 && a + k < n; k++)
                {
                    int site = Math.Min(n - 1, (int)(block.Uniform(2 * k) * n));
                    int s = spins[site];
                    int field = 0;
                    for (int e = offsets[site]; e < offsets[site + 1]; e++)
                    {
                        field += spins[neighbours[e]];
                    }

                    // Flipping s changes M by −2s and P by −2 s Σ_j s_j: the bin moves by −s along m, −s·field along p.
                    int next = current - (s * field * stride) - s;
                    double log = lnG[current] - lnG[next];
                    if (log >= 0 || block.Uniform((2 * k) + 1) < Math.Exp(log))
                    {
                        spins[site] = (sbyte)-s;
                        current = next;
                    }

                    lnG[current] += lnF;
                    histogram[current]++;
                    if (!visited[current])
                    {
                        visited[current] = true;
                        visitedCount++;
                    }
                }
            }

            attempts += n;
            double inverseTime = (double)visitedCount / attempts;
            if (oneOverT)
            {
                lnF = inverseTime;
            }
            else if (IsFlat(histogram, visited))
            {
                lnF /= 2;
                Array.Clear(histogram);
                if (lnF < inverseTime)
                {
                    oneOverT = true;
                    lnF = inverseTime;
                }
            }
        }

        for (int k = 0; k < lnG.Length; k++)
        {
            if (!visited[k])
            {
                lnG[k] = double.NegativeInfinity;
            }
        }

        return (new JointDensityOfStates(n, bonds, lnG).Normalised(), attempts);
    }

    private static bool IsFlat(long[] histogram, bool[] visited)
    {
        long min = long.MaxValue, sum = 0;
        int count = 0;
        for (int k = 0; k < histogram.Length; k++)
        {
            if (visited[k])
            {
                min = Math.Min(min, histogram[k]);
                sum += histogram[k];
                count++;
            }
        }

        return count > 0 && min > 0 && min >= Flatness * sum / count;
    }

    private static Estimate Mean(double[] values)
    {
        double mean = values.Average();
        if (values.Length < 2)
        {
            return new Estimate(mean, 0);
        }

        double variance = values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1);
        return new Estimate(mean, Math.Sqrt(variance / values.Length));
    }
}
