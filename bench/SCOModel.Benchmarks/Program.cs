using BenchmarkDotNet.Running;

namespace SCOModel.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project bench/SCOModel.Benchmarks -- --filter '*' --job short</c>;
/// <c>-- --quick</c> prints a stopwatch estimate of the same cases in a few seconds (<c>-- --quick triangular-512</c>: of
/// the named lattices only; <c>-- --quick mechanoelastic-64</c>: the mechanoelastic relaxations, damped against fast, on a
/// 64 × 64 open triangular rectangle).
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["--quick", .. var lattices])
        {
            QuickTiming.Run(lattices);
            return;
        }

        if (args is ["--philox"])
        {
            QuickTiming.Philox();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
