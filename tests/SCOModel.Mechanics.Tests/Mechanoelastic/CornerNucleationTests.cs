using SCOModel.Core.Configuration;
using SCOModel.Core.Protocols;
using SCOModel.Mechanics.Mechanoelastic;
using Xunit.Abstractions;

namespace SCOModel.Mechanics.Tests.Mechanoelastic;

/// <summary>
/// Where an open sample starts to switch (PHYSICS.md §4: "open boundaries give nucleation at corners (2D)";
/// Enachescu et al., Phys. Rev. Lett. 102, 257204 (2009); Phys. Rev. B 82, 104114 (2010)). An open hexagon of the
/// triangular lattice is cooled from the relaxed HS state at the temperature where the hexagon example's loop switches
/// down (146 K). In the uniform HS sample every local pressure vanishes, so a first switch is equally likely anywhere;
/// what the elastic field decides is which LS molecules last: an LS molecule among HS ones stretches its springs, and
/// the positive local pressure p drives it back (P_LH ∝ e^(κ p/T)) unless it sits where the lattice yields, on the
/// boundary. So each seed's observation is the molecule that switched first among those that then stayed LS for a
/// number of steps, and its coordination tells where it sits (corners 3 springs, edges 4, bulk 6). Were the elastic
/// field indifferent, its coordination class would be drawn in proportion to the class's share of the molecules, a
/// binomial count over the independent seeds; the corners must beat their share by 4 standard deviations of it.
/// </summary>
public sealed class CornerNucleationTests(ITestOutputHelper output)
{
    private const int Side = 6;
    private const double TemperatureK = 146;
    private const int Seeds = 300;

    /// <summary>Steps an LS molecule must last to count: long against the ~5-step life of an LS defect in the bulk.</summary>
    private const int Persistence = 30;

    [Fact]
    public void TheFirstLastingLsMoleculesOnCoolingSitAtTheCornersAndEdgesOfAnOpenHexagon()
    {
        // The parameters of examples/mechanoelastic-hexagon.json, κ = δR/2 (detailed balance).
        var parameters = new MechanoelasticParameters(DeltaK: 1000, LnG: 6.5, ActivationEnergyK: 400, RadiusLsA: 2.0, RadiusHsA: 2.2,
            SpringConstantKPerA2: 6500, KappaA: 0.1);
        var lattice = TriangularLattice.Build(new(MechanoelasticLatticeKind.Triangular, MechanoelasticShape.Hexagon, [Side]), 4.4, 6500);
        var model = new MechanoelasticModel(parameters, lattice, MechanoelasticRelaxationMethod.Newton);
        var switching = new ArrheniusSwitching(parameters, Enumerable.Range(0, 36).Select(k => 120.0 + 2 * k), model.PressureScale);
        var rates = switching.At(TemperatureK);
        int n = lattice.SiteCount;
        var classOf = Enumerable.Range(0, n).Select(i => lattice.CoordinationOf(i) switch { 3 => 0, 4 => 1, _ => 2 }).ToArray();
        var share = new double[3];
        foreach (int c in classOf)
        {
            share[c] += 1.0 / n;
        }

        Assert.Equal(6, (int)Math.Round(share[0] * n)); // the hexagon's six corners

        var counts = new int[3];
        for (int seed = 1; seed <= Seeds; seed++)
        {
            int site = FirstLastingLsMolecule(lattice, parameters, switching, model, rates, (ulong)seed);
            Assert.True(site >= 0, $"seed {seed}: no LS molecule lasted {Persistence} steps");
            counts[classOf[site]]++;
        }

        output.WriteLine($"first lasting LS molecule over {Seeds} seeds: corners {counts[0]} (share {share[0]:P1}), " +
            $"edges {counts[1]} (share {share[1]:P1}), bulk {counts[2]} (share {share[2]:P1})");
        for (int c = 0; c < 2; c++)
        {
            double expected = Seeds * share[c];
            double sigma = Math.Sqrt(Seeds * share[c] * (1 - share[c]));
            Assert.True(counts[c] > expected + 4 * sigma,
                $"{(c == 0 ? "corners" : "edges")}: {counts[c]} of {Seeds}, indifferent {expected:F1} ± {sigma:F1}");
        }

        double bulkExpected = Seeds * share[2];
        Assert.True(counts[2] < bulkExpected - 4 * Math.Sqrt(bulkExpected * (1 - share[2])), $"bulk: {counts[2]} of {Seeds}");
    }

    /// <summary>The molecule that switched to LS first among those that then stayed LS for <see cref="Persistence"/> steps.</summary>
    private static int FirstLastingLsMolecule(MechanoelasticLattice lattice, MechanoelasticParameters parameters,
        ArrheniusSwitching switching, MechanoelasticModel model, ArrheniusSwitching.AtTemperature rates, ulong seed)
    {
        var walker = new MechanoelasticWalker(lattice, parameters, switching, model.CreateRelaxation(), seed, 0, 0, InitialState.Hs);
        int n = lattice.SiteCount;
        var switchedAt = new int[n];
        var previous = walker.Spins.ToArray();
        for (int step = 1; step <= 5000; step++)
        {
            walker.Step(rates);
            int found = -1;
            var spins = walker.Spins;
            for (int i = 0; i < n; i++)
            {
                if (spins[i] != previous[i])
                {
                    switchedAt[i] = step;
                    previous[i] = spins[i];
                }

                if (spins[i] < 0 && step - switchedAt[i] >= Persistence && (found < 0 || switchedAt[i] < switchedAt[found]))
                {
                    found = i;
                }
            }

            if (found >= 0)
            {
                return found;
            }
        }

        return -1;
    }
}
