using SCOModel.Core.Configuration;
using SCOModel.Core.Engines;
using SCOModel.Core.Results;

namespace SCOModel.MonteCarlo.Tests.Engine;

/// <summary>Small configs for engine tests, and a helper to run them.</summary>
public static class EngineRuns
{
    /// <summary>
    /// A square 96 x 96 loop: 4608 sites per colour class, so each class is cut into two chunks that run in
    /// parallel when threads are left over inside a walk (one replica, so every thread is left over).
    /// </summary>
    public static string Square96(double longRangeK = 0, ulong seed = 42, int replicas = 1) => $$"""
        {
          "name": "square 96", "seed": {{seed}},
          "model": { "deltaK": 1000, "lnG": 5, "couplingK": 100, "longRangeK": {{longRangeK}},
                     "lattice": { "kind": "square", "size": [96, 96] } },
          "protocol": { "kind": "temperature-loop", "fromK": 196, "toK": 204, "stepK": 4,
                        "initialState": "random", "equilibrationSweeps": 2, "sweepsPerPoint": 6 },
          "monteCarlo": { "replicas": {{replicas}} }
        }
        """;

    /// <summary>An all-to-all scan: several independent walks (paths × replicas) run in parallel.</summary>
    public static string AllToAll(string update = "metropolis") => $$"""
        {
          "name": "all-to-all", "seed": 5,
          "model": { "deltaK": 1000, "lnG": 5, "couplingK": 30, "longRangeK": 10,
                     "lattice": { "kind": "all-to-all", "size": [3000], "coordination": 4 } },
          "protocol": { "kind": "temperature-scan", "temperaturesK": [190, 200, 210],
                        "equilibrationSweeps": 5, "sweepsPerPoint": 20 },
          "monteCarlo": { "replicas": 3, "update": "{{update}}" }
        }
        """;

    /// <summary>A triangular scan (greedy colouring, more than two classes) with two replicas.</summary>
    public const string TriangularScan = """
        {
          "name": "triangular", "seed": 11,
          "model": { "deltaK": 1000, "lnG": 5, "couplingByDirectionK": [40, 60, 80],
                     "lattice": { "kind": "triangular", "size": [100, 100] } },
          "protocol": { "kind": "temperature-scan", "temperaturesK": [195, 205],
                        "equilibrationSweeps": 2, "sweepsPerPoint": 4 },
          "monteCarlo": { "replicas": 2, "update": "heat-bath" }
        }
        """;

    public static SimulationConfig Parse(string json) => ConfigReader.Parse(json, "test config");

    public static RunResult Run(string json, int threads) => Run(Parse(json), threads);

    public static RunResult Run(SimulationConfig config, int threads) =>
        new MonteCarloEngine().Run(config, new RunContext(threads));
}
