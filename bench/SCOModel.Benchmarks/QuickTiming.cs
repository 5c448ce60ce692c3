using System.Diagnostics;
using SCOModel.Core.Configuration;

namespace SCOModel.Benchmarks;

/// <summary>
/// A quick stopwatch check without BenchmarkDotNet's statistics (<c>-- --quick</c>): attempts per second of every
/// lattice, rule, thread count and kernel of <see cref="SweepBenchmarks"/>, the median of a few timed batches; or, for
/// <c>mechanoelastic-64</c>, the relaxation timings of <see cref="MechanoelasticQuickTiming"/>.
/// </summary>
public static class QuickTiming
{
    public static void Run(string[] lattices)
    {
        string[] all = ["square-256", "square-1024", "cubic-64", "triangular-512"];
        foreach (var lattice in lattices.Length > 0 ? lattices : all)
        {
            if (MechanoelasticQuickTiming.Handles(lattice))
            {
                MechanoelasticQuickTiming.Run(lattice);
                continue;
            }

            foreach (var rule in new[] { UpdateRule.Metropolis, UpdateRule.HeatBath })
            {
                foreach (int threads in new[] { 1, 2 })
                {
                    var bench = new SweepBenchmarks { Lattice = lattice, Rule = rule, Threads = threads };
                    bench.Setup();
                    double scalar = Time(bench.ScalarGraphKernel, lattice);
                    double vector = Time(bench.VectorCheckerboardKernel, lattice);
                    double graph = Time(bench.VectorGraphKernel, lattice);
                    Console.WriteLine(
                        $"{lattice,-14} {rule,-10} {threads} thread(s): scalar {scalar:E2}/s, vector {vector:E2}/s, x{vector / scalar:F1}, " +
                        $"vector graph {graph:E2}/s, x{graph / scalar:F1} (vector/graph {vector / graph:F2})");
                }
            }
        }
    }

    /// <summary>
    /// Random words per second of the vectorised Philox4x32-10 alone; each word holds the first bytes of 4 sites
    /// (SpinRandom), so the site draws per second are 4 times as many.
    /// </summary>
    public static void Philox()
    {
        var words = new uint[4096];
        var random = new SCOModel.MonteCarlo.Random.CounterRandom(42, 0, 0, SCOModel.MonteCarlo.Random.RandomPurpose.SpinUpdate);
        for (int k = 0; k < 5; k++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            for (int i = 0; i < 5000; i++)
            {
                random.Fill((uint)i, 0, words);
            }

            double cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            double perCpuSecond = 5000.0 * words.Length / cpuSeconds;
            Console.WriteLine($"philox: {5000.0 * words.Length / watch.Elapsed.TotalSeconds:E2} words/s, {perCpuSecond:E2} per CPU second " +
                $"({4 * perCpuSecond:E2} site draws per CPU second)");
        }
    }

    private static double Time(Action sweep, string lattice)
    {
        int sites = SweepBenchmarks.SitesOf(lattice);
        int batch = Math.Max(1, 20_000_000 / sites);
        var rates = new List<double>();
        var cpuRates = new List<double>();

        // Warm up long enough for tiered compilation to install the optimised code: the vector loops are called once
        // per chunk, so a few sweeps leave them in their first, slow version.
        var warmUp = Stopwatch.StartNew();
        do
        {
            sweep();
        }
        while (warmUp.Elapsed < TimeSpan.FromSeconds(0.5));

        for (int k = 0; k < 5; k++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            for (int i = 0; i < batch; i++)
            {
                sweep();
            }

            double wall = watch.Elapsed.TotalSeconds;
            double cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            rates.Add((double)batch * sites / wall);
            cpuRates.Add((double)batch * sites / cpuSeconds);
        }

        cpuRates.Sort();
        Console.Write($"  [{cpuRates[2]:E2} per CPU second] ");

        rates.Sort();
        return rates[rates.Count / 2];
    }
}
