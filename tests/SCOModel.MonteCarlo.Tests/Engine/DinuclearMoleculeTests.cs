using SCOModel.Core.Configuration;

namespace SCOModel.MonteCarlo.Tests.Engine;

/// <summary>
/// Dinuclear molecules (the dimers pattern with J_intra, PHYSICS.md §2): the sample builder puts J_intra exactly on the
/// bond inside each molecule, and isolated molecules (J = 0 between them) follow the exact four-state partition
/// function of one molecule, Z = Σ_(s1, s2) exp(−E/T) with E = −h(s1 + s2) − J_intra s1 s2 and h = (T ln g − Δ)/2.
/// </summary>
public class DinuclearMoleculeTests
{
    private const double DeltaK = 2000;
    private const double LnG = 10;

    /// <summary>The exact n_HS = (1 + ⟨s⟩)/2 of one isolated molecule, from its four states.</summary>
    private static double ExactNHs(double intramolecularK, double temperatureK)
    {
        double h = 0.5 * ((temperatureK * LnG) - DeltaK);
        double z = 0, spin = 0;
        foreach (int s1 in new[] { -1, 1 })
        {
            foreach (int s2 in new[] { -1, 1 })
            {
                double energy = (-h * (s1 + s2)) - (intramolecularK * s1 * s2);
                double weight = Math.Exp(-energy / temperatureK);
                z += weight;
                spin += weight * 0.5 * (s1 + s2);
            }
        }

        return 0.5 * (1 + (spin / z));
    }

    private static string IsolatedDimers(double intramolecularK, double temperatureK) => $$"""
        {
          "seed": 23,
          "model": { "deltaK": {{DeltaK}}, "lnG": {{LnG}}, "couplingK": 0, "intramolecularK": {{intramolecularK}},
                     "lattice": { "kind": "chain", "size": [2000] } },
          "protocol": { "kind": "temperature-scan", "temperaturesK": [{{temperatureK}}], "initialState": "random",
                        "equilibrationSweeps": 20, "sweepsPerPoint": 150 },
          "monteCarlo": { "replicas": 2, "update": "heat-bath" }
        }
        """;

    [Theory]
    [InlineData(80.0, 190.0)]
    [InlineData(80.0, 205.0)]
    [InlineData(-80.0, 190.0)]
    [InlineData(-400.0, 170.0)]
    [InlineData(-400.0, 200.0)]
    [InlineData(-400.0, 230.0)]
    public void IsolatedMoleculesFollowTheirExactFourStatePartitionFunction(double intramolecularK, double temperatureK)
    {
        var point = Assert.Single(EngineRuns.Run(IsolatedDimers(intramolecularK, temperatureK), threads: 2).Points);
        double exact = ExactNHs(intramolecularK, temperatureK);
        Assert.True(point.NHs.StdErr is > 0 and < 0.01, $"stderr {point.NHs.StdErr}");
        Assert.True(Math.Abs(point.NHs.Mean - exact) < 4 * point.NHs.StdErr,
            $"n_HS {point.NHs.Mean} ± {point.NHs.StdErr}, exact {exact}");
    }

    [Fact]
    public void StrongNegativeIntramolecularCouplingGivesAHalfPlateauAroundTEq()
    {
        // The exact curve: with J_intra = −400 K the mixed HS–LS molecule (energy J_intra) lies 2|J_intra| ∓ 2h below
        // the pure ones, so n_HS stays near 1/2 while |h| ≪ |J_intra|; a ferro-like J_intra passes 1/2 only at T_eq.
        var plateau = Enumerable.Range(0, 11).Select(k => 175.0 + (5 * k)).ToArray();
        Assert.All(plateau, t => Assert.InRange(ExactNHs(-400, t), 0.45, 0.55));
        Assert.InRange(ExactNHs(80, 175), 0, 0.2);
        Assert.InRange(ExactNHs(80, 225), 0.8, 1);
        Assert.Equal(0.5, ExactNHs(-400, DeltaK / LnG), 12);

        // Monte Carlo on the plateau edges, within 4σ of the exact values (the centre is in the theory above).
        foreach (double t in new[] { 175.0, 225.0 })
        {
            var point = Assert.Single(EngineRuns.Run(IsolatedDimers(-400, t), threads: 2).Points);
            Assert.InRange(point.NHs.Mean, 0.45, 0.55);
            Assert.True(Math.Abs(point.NHs.Mean - ExactNHs(-400, t)) < 4 * point.NHs.StdErr,
                $"n_HS {point.NHs.Mean} ± {point.NHs.StdErr} at {t} K, exact {ExactNHs(-400, t)}");
        }
    }

    [Fact]
    public void TheSampleBuilderPutsJIntraExactlyOnTheIntramolecularBonds()
    {
        const int lx = 8, ly = 6;
        var config = EngineRuns.Parse($$"""
            {
              "seed": 1,
              "model": { "deltaK": 1000, "lnG": 5, "sublattices": { "pattern": "dimers" }, "intramolecularK": -250,
                         "couplingBySublatticeK": { "AA": 30, "BB": 35, "AB": -20 },
                         "lattice": { "kind": "square", "size": [{{lx}}, {{ly}}] } },
              "protocol": { "kind": "temperature-scan", "temperaturesK": [200] }
            }
            """);
        var model = ((IsingLikeModelConfig)config.Model).Build();
        var labels = model.SublatticeLabels;
        var offsets = model.Lattice.Offsets;
        var neighbours = model.Lattice.Neighbours;
        var j = model.EntryCouplingsK;
        var bonds = new Dictionary<double, int>();
        for (int i = 0; i < lx * ly; i++)
        {
            Assert.Equal(i % 2, labels[i]); // A at even x, B at odd x
            for (int e = offsets[i]; e < offsets[i + 1]; e++)
            {
                int other = neighbours[e];
                bool sameMolecule = i / lx == other / lx && (i % lx) / 2 == (other % lx) / 2;
                double expected = sameMolecule ? -250 : labels[i] != labels[other] ? -20 : labels[i] == 0 ? 30 : 35;
                Assert.Equal(expected, j[e]);
                bonds[j[e]] = bonds.GetValueOrDefault(j[e]) + 1;
            }
        }

        // Directed entries count each bond twice: one intramolecular bond per molecule (N/2 of them), as many
        // intermolecular A–B bonds along x (periodic), and the N bonds along y, half A–A and half B–B.
        Assert.Equal(2 * (lx * ly / 2), bonds[-250]);
        Assert.Equal(2 * (lx * ly / 2), bonds[-20]);
        Assert.Equal(2 * (lx * ly / 2), bonds[30]);
        Assert.Equal(2 * (lx * ly / 2), bonds[35]);
    }
}
