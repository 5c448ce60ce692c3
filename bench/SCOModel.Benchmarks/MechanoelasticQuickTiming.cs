using System.Diagnostics;
using System.Globalization;
using SCOModel.Mechanics.Mechanoelastic;

namespace SCOModel.Benchmarks;

/// <summary>
/// A stopwatch check of <see cref="MechanoelasticRelaxationBenchmarks"/> (<c>-- --quick mechanoelastic-64</c>): every
/// post-switch case relaxed by both methods from the same positions, the median time of a few repetitions each, the
/// speed-up, and the largest difference between the two methods' relaxed positions.
/// </summary>
public static class MechanoelasticQuickTiming
{
    /// <summary>Whether a --quick name is a mechanoelastic case ("mechanoelastic-64": a 64 × 64 rectangle).</summary>
    public static bool Handles(string name) => name.StartsWith("mechanoelastic-", StringComparison.Ordinal);

    public static void Run(string name)
    {
        int size = int.Parse(name["mechanoelastic-".Length..], CultureInfo.InvariantCulture);
        var setup = Stopwatch.StartNew();
        var configurations = PostSwitchConfigurations.Cooling(size, size, MechanoelasticRelaxationBenchmarks.Cases);
        var lattice = configurations.Lattice;
        var newton = new NewtonRelaxation(lattice, configurations.ForceTolerance);
        var damped = new DampedDynamicsRelaxation(lattice, configurations.ForceTolerance);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{lattice.Description}: {configurations.Cases.Count} post-switch cases (cooling), force tolerance {configurations.ForceTolerance:G3} K/Å, set up in {setup.Elapsed.TotalSeconds:F1} s"));

        double newtonTotal = 0, dampedTotal = 0, newtonCpuTotal = 0, dampedCpuTotal = 0;
        foreach (var c in configurations.Cases)
        {
            // One untimed run of each first, for the JIT; then the two alternate, so that both see the same load.
            var newtonPositions = c.Positions.ToArray();
            var dampedPositions = c.Positions.ToArray();
            newton.Relax(newtonPositions, c.Radii);
            damped.Relax(dampedPositions, c.Radii);
            var newtonTimes = new List<(double Wall, double Cpu)>();
            var dampedTimes = new List<(double Wall, double Cpu)>();
            RelaxationOutcome newtonOutcome = default, dampedOutcome = default;
            for (int k = 0; k < Repetitions; k++)
            {
                newtonOutcome = Time(newton, c, newtonPositions, newtonTimes);
                dampedOutcome = Time(damped, c, dampedPositions, dampedTimes);
            }

            double difference = 0;
            for (int k = 0; k < newtonPositions.Length; k++)
            {
                difference = Math.Max(difference, Math.Abs(newtonPositions[k] - dampedPositions[k]));
            }

            double newtonMs = Median(newtonTimes.Select(t => t.Wall)), dampedMs = Median(dampedTimes.Select(t => t.Wall));
            newtonTotal += newtonMs;
            dampedTotal += dampedMs;
            newtonCpuTotal += Median(newtonTimes.Select(t => t.Cpu));
            dampedCpuTotal += Median(dampedTimes.Select(t => t.Cpu));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  n_HS {c.HighSpinFraction:F3}, {c.Switched,4} switched: newton {newtonMs,7:F2} ms ({newtonOutcome.Iterations} steps, " +
                $"{newtonOutcome.InnerIterations} CG), damped {dampedMs,7:F2} ms ({dampedOutcome.Iterations} steps), x{dampedMs / newtonMs:F1}, " +
                $"max |Δr| {difference:E1} Å"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  all cases (medians of {Repetitions}): newton {newtonTotal:F1} ms, damped {dampedTotal:F1} ms, speed-up x{dampedTotal / newtonTotal:F1}; " +
            $"CPU time: newton {newtonCpuTotal:F1} ms, damped {dampedCpuTotal:F1} ms, x{dampedCpuTotal / newtonCpuTotal:F1}"));
    }

    private const int Repetitions = 5;

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    private static RelaxationOutcome Time(IElasticRelaxation relaxation, PostSwitchCase c, double[] positions,
        List<(double Wall, double Cpu)> times)
    {
        c.Positions.CopyTo(positions, 0);
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var outcome = relaxation.Relax(positions, c.Radii);
        double wall = watch.Elapsed.TotalMilliseconds;
        process.Refresh();
        times.Add((wall, (process.TotalProcessorTime - cpu).TotalMilliseconds));
        return outcome;
    }
}
