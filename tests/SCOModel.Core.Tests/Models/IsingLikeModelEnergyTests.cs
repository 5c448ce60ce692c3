using SCOModel.Core.Lattices;
using SCOModel.Core.Models;
using SCOModel.Core.Tests.Lattices;

namespace SCOModel.Core.Tests.Models;

/// <summary>
/// Measure and EnergyPerSiteK against a brute-force evaluation of PHYSICS.md §1,
/// H = Σ_i (Δ + PΔV − T ln g)/2 s_i − Σ_&lt;ij&gt; J_ij s_i s_j − G ⟨s⟩ Σ_i s_i, with bonds enumerated here in the test
/// (not from the lattice's neighbour lists) and the all-to-all pair coupling z J/(N − 1) summed over every pair.
/// </summary>
public class IsingLikeModelEnergyTests
{
    private const double Kpgpa = 1e-21 / 1.380649e-23; // K per GPa Å^3: 1e9 Pa × 1e-30 m^3 / k_B (exact SI)

    private static sbyte[] RandomSpins(int n, System.Random random) =>
        Enumerable.Range(0, n).Select(_ => random.Next(2) == 0 ? (sbyte)-1 : (sbyte)1).ToArray();

    private static double SingleSiteTerm(IsingLikeParameters p, double t, double pressure, sbyte[] s) =>
        s.Sum(si => (p.DeltaK + (pressure * p.DeltaVA3 * Kpgpa) - (t * p.LnG)) / 2 * si);

    private static double LongRangeTerm(IsingLikeParameters p, sbyte[] s)
    {
        double m = s.Sum(si => (double)si);
        return -p.LongRangeK * (m / s.Length) * m;
    }

    /// <summary>Square Lx x Ly periodic, site x + Lx y, J_x along x and J_y along y.</summary>
    private static (double Weighted, long Products) SquareBonds(int lx, int ly, double jx, double jy, sbyte[] s)
    {
        double weighted = 0;
        long products = 0;
        for (int y = 0; y < ly; y++)
        {
            for (int x = 0; x < lx; x++)
            {
                int i = x + (lx * y);
                int right = ((x + 1) % lx) + (lx * y);
                int up = x + (lx * ((y + 1) % ly));
                weighted += (jx * s[i] * s[right]) + (jy * s[i] * s[up]);
                products += (s[i] * s[right]) + (s[i] * s[up]);
            }
        }

        return (weighted, products);
    }

    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(35.0, 0.0)]
    [InlineData(35.0, 0.8)]
    public void SquareLatticeWithAnisotropicCouplingsMatchesBruteForce(double longRangeK, double pressureGPa)
    {
        const int lx = 4, ly = 5;
        const double jx = 60, jy = -25, t = 180;
        var parameters = new IsingLikeParameters(DeltaK: 1100, LnG: 5.5, CouplingK: 999, LongRangeK: longRangeK, DeltaVA3: 20);
        var lattice = LatticeBuilder.Build(new LatticeSpec(LatticeKind.Square, [lx, ly]));
        var model = new IsingLikeModel(parameters, lattice, [jx, jy]);
        var random = new System.Random(7);
        var offsets = new List<double>();
        for (int trial = 0; trial < 25; trial++)
        {
            var s = RandomSpins(lx * ly, random);
            var (weighted, products) = SquareBonds(lx, ly, jx, jy, s);
            double h = SingleSiteTerm(parameters, t, pressureGPa, s) - weighted + LongRangeTerm(parameters, s);

            var moments = model.Measure(s);
            Assert.Equal(s.Sum(si => (long)si), moments.Magnetisation);
            Assert.Equal(weighted, moments.WeightedBondSum, 9);
            Assert.Equal(products, moments.BondProductSum);
            Assert.Equal((double)products / (2 * lx * ly), model.NearestNeighbourCorrelation(moments), 12);

            double modelTotal = model.EnergyPerSiteK(moments, t, pressureGPa) * lx * ly;
            offsets.Add(modelTotal - h);
        }

        // The long-range term is −G M²/N up to a constant: the offset is the same for every configuration
        // (and zero without G).
        Assert.All(offsets, o => Assert.Equal(offsets[0], o, 6));
        if (longRangeK == 0)
        {
            Assert.Equal(0, offsets[0], 6);
        }
    }

    [Fact]
    public void OpenChainMatchesBruteForce()
    {
        const int n = 9;
        const double j = 80, t = 150;
        var parameters = new IsingLikeParameters(900, 6, j);
        var model = new IsingLikeModel(parameters, LatticeBuilder.Build(new LatticeSpec(LatticeKind.Chain, [n], Boundary.Open)));
        var random = new System.Random(11);
        for (int trial = 0; trial < 20; trial++)
        {
            var s = RandomSpins(n, random);
            double bonds = 0;
            for (int i = 0; i + 1 < n; i++)
            {
                bonds += j * s[i] * s[i + 1];
            }

            double h = SingleSiteTerm(parameters, t, 0, s) - bonds;
            Assert.Equal(h / n, model.EnergyPerSiteK(model.Measure(s), t, 0), 9);
        }
    }

    [Fact]
    public void OpenHoneycombWithBondsFromGeometryMatchesBruteForce()
    {
        const double j = 45, t = 210;
        var parameters = new IsingLikeParameters(1000, 5, j);
        var lattice = LatticeBuilder.Build(new LatticeSpec(LatticeKind.Honeycomb, [3, 3], Boundary.Open));
        var model = new IsingLikeModel(parameters, lattice);
        int n = lattice.SiteCount;
        var random = new System.Random(3);
        for (int trial = 0; trial < 10; trial++)
        {
            var s = RandomSpins(n, random);
            double bonds = 0;
            for (int a = 0; a < n; a++)
            {
                for (int b = a + 1; b < n; b++)
                {
                    if (Math.Abs(LatticeCases.Distance(lattice, a, b) - 1) < 1e-9)
                    {
                        bonds += j * s[a] * s[b];
                    }
                }
            }

            double h = SingleSiteTerm(parameters, t, 0, s) - bonds;
            Assert.Equal(h / n, model.EnergyPerSiteK(model.Measure(s), t, 0), 9);
        }
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(20.0)]
    public void AllToAllCouplesEveryPairWithZJOverNMinusOne(double longRangeK)
    {
        const int n = 7;
        const double z = 4, j = 50, t = 190;
        var parameters = new IsingLikeParameters(1000, 5, j, longRangeK);
        var lattice = LatticeBuilder.Build(new LatticeSpec(LatticeKind.AllToAll, [n], Coordination: z));
        var model = new IsingLikeModel(parameters, lattice);
        Assert.Equal((z * j / (n - 1)) + (2 * longRangeK / n), model.GlobalCouplingK, 12);

        var random = new System.Random(5);
        var offsets = new List<double>();
        for (int trial = 0; trial < 30; trial++)
        {
            var s = RandomSpins(n, random);
            double pairs = 0;
            for (int a = 0; a < n; a++)
            {
                for (int b = a + 1; b < n; b++)
                {
                    pairs += z * j / (n - 1) * s[a] * s[b];
                }
            }

            double h = SingleSiteTerm(parameters, t, 0, s) - pairs + LongRangeTerm(parameters, s);
            var moments = model.Measure(s);
            Assert.Equal(0, moments.WeightedBondSum);
            Assert.True(double.IsNaN(model.NearestNeighbourCorrelation(moments)));
            offsets.Add((model.EnergyPerSiteK(moments, t, 0) * n) - h);
        }

        Assert.All(offsets, o => Assert.Equal(offsets[0], o, 6));
        if (longRangeK == 0)
        {
            Assert.Equal(0, offsets[0], 6);
        }
    }

    [Fact]
    public void SingleFlipEnergyChangeIsTwoSTimesTheLocalField()
    {
        // The kernels accept a flip of s_k with ΔE = 2 s_k (h + Σ_j J_kj s_j + c (M − s_k)); the energy must agree.
        const int lx = 4, ly = 4;
        const double t = 170;
        var parameters = new IsingLikeParameters(1000, 5, 70, LongRangeK: 40);
        var lattice = LatticeBuilder.Build(new LatticeSpec(LatticeKind.Square, [lx, ly]));
        var model = new IsingLikeModel(parameters, lattice);
        var random = new System.Random(9);
        var s = RandomSpins(lx * ly, random);
        double h = parameters.FieldK(t, 0);
        for (int k = 0; k < s.Length; k++)
        {
            var before = model.Measure(s);
            double e0 = model.EnergyPerSiteK(before, t, 0) * s.Length;
            double local = h + (model.GlobalCouplingK * (before.Magnetisation - s[k]));
            foreach (int j in lattice.NeighboursOf(k))
            {
                local += parameters.CouplingK * s[j];
            }

            double predicted = 2 * s[k] * local;
            s[k] = (sbyte)-s[k];
            double e1 = model.EnergyPerSiteK(model.Measure(s), t, 0) * s.Length;
            Assert.Equal(predicted, e1 - e0, 8);
        }
    }

    [Fact]
    public void HighSpinFractionIsHalfOfOnePlusMagnetisationPerSite()
    {
        var model = new IsingLikeModel(new IsingLikeParameters(1000, 5, 0),
            LatticeBuilder.Build(new LatticeSpec(LatticeKind.Chain, [10])));
        Assert.Equal(1, model.HighSpinFraction(10));
        Assert.Equal(0, model.HighSpinFraction(-10));
        Assert.Equal(0.7, model.HighSpinFraction(4), 12);
    }
}
