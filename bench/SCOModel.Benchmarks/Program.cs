using BenchmarkDotNet.Running;

namespace SCOModel.Benchmarks;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project bench/SCOModel.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
