namespace SCOModel.Cli.Tests;

/// <summary>Tiny configs that run in milliseconds.</summary>
public static class ExampleConfigs
{
    /// <summary>A 12 x 12 square-lattice loop 190, 200, 210 K: three heating and three cooling points.</summary>
    public const string Good = """
        {
          "name": "cli test loop",
          "seed": 9,
          "model": {
            "kind": "ising-like",
            "deltaK": 1000, "lnG": 5, "couplingK": 60,
            "lattice": { "kind": "square", "size": [12, 12], "boundary": "periodic" }
          },
          "protocol": {
            "kind": "temperature-loop", "fromK": 190, "toK": 210, "stepK": 10,
            "initialState": "ls", "equilibrationSweeps": 5, "sweepsPerPoint": 20
          },
          "monteCarlo": { "replicas": 2 }
        }
        """;

    public static string WithLatticeKind(string kind) =>
        Good.Replace("\"kind\": \"square\"", $"\"kind\": \"{kind}\"", StringComparison.Ordinal);

    public static string WithMisspeltCoupling() =>
        Good.Replace("\"couplingK\"", "\"couplngK\"", StringComparison.Ordinal);
}
