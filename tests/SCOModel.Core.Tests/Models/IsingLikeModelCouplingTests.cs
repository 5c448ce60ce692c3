using SCOModel.Core.Lattices;
using SCOModel.Core.Configuration;
using SCOModel.Core.Models;

namespace SCOModel.Core.Tests.Models;

/// <summary>Per-direction (per bond family) couplings resolved onto every neighbour entry.</summary>
public class IsingLikeModelCouplingTests
{
    private static readonly IsingLikeParameters Parameters = new(1000, 5, CouplingK: 100);

    [Fact]
    public void UniformCouplingGoesOnEveryEntry()
    {
        var model = new IsingLikeModel(Parameters, LatticeBuilder.Build(new LatticeSpec(LatticeKind.Triangular, [4, 4])));
        Assert.Equal([100.0, 100.0, 100.0], model.CouplingByFamilyK);
        Assert.All(model.EntryCouplingsK.ToArray(), j => Assert.Equal(100, j));
        Assert.Equal(model.Lattice.Neighbours.Length, model.EntryCouplingsK.Length);
    }

    [Fact]
    public void SquareCouplingsFollowTheBondDirection()
    {
        var lattice = LatticeBuilder.Build(new LatticeSpec(LatticeKind.Square, [4, 5], Boundary.Open));
        var model = new IsingLikeModel(Parameters, lattice, [30, -70]);
        var offsets = lattice.Offsets;
        for (int i = 0; i < lattice.SiteCount; i++)
        {
            var a = lattice.PositionOf(i);
            for (int e = offsets[i]; e < offsets[i + 1]; e++)
            {
                var b = lattice.PositionOf(lattice.Neighbours[e]);
                bool horizontal = Math.Abs(b.Y - a.Y) < 1e-12;
                Assert.Equal(horizontal ? 30 : -70, model.EntryCouplingsK[e]);
            }
        }
    }

    [Theory]
    [InlineData(LatticeKind.Square, new[] { 4, 6 }, new[] { 10.0, 20.0 })]
    [InlineData(LatticeKind.Triangular, new[] { 4, 5 }, new[] { 10.0, 20.0, 40.0 })]
    [InlineData(LatticeKind.Honeycomb, new[] { 3, 4 }, new[] { 10.0, 20.0, 40.0 })]
    [InlineData(LatticeKind.Cubic, new[] { 3, 4, 3 }, new[] { 10.0, 20.0, 40.0 })]
    public void AllHighSpinBondEnergyIsCellsTimesSumOfFamilyCouplings(LatticeKind kind, int[] size, double[] couplings)
    {
        var lattice = LatticeBuilder.Build(new LatticeSpec(kind, size));
        var model = new IsingLikeModel(Parameters, lattice, couplings);
        var up = Enumerable.Repeat((sbyte)1, lattice.SiteCount).ToArray();
        int cells = size.Aggregate(1, (p, l) => p * l);
        var moments = model.Measure(up);
        Assert.Equal(cells * couplings.Sum(), moments.WeightedBondSum, 9);
        Assert.Equal(lattice.BondCount, moments.BondProductSum);
        Assert.Equal(1, model.NearestNeighbourCorrelation(moments));
    }

    [Fact]
    public void CheckerboardHasCorrelationMinusOne()
    {
        var lattice = LatticeBuilder.Build(new LatticeSpec(LatticeKind.Square, [4, 4]));
        var model = new IsingLikeModel(Parameters, lattice, [10, 30]);
        var s = Enumerable.Range(0, 16).Select(i => ((i % 4) + (i / 4)) % 2 == 0 ? (sbyte)1 : (sbyte)-1).ToArray();
        var moments = model.Measure(s);
        Assert.Equal(0, moments.Magnetisation);
        Assert.Equal(-1, model.NearestNeighbourCorrelation(moments));
        Assert.Equal(-16 * (10 + 30), moments.WeightedBondSum, 9);
    }

    [Fact]
    public void WrongNumberOfFamilyCouplingsIsRefused()
    {
        var lattice = LatticeBuilder.Build(new LatticeSpec(LatticeKind.Square, [4, 4]));
        var error = Assert.Throws<ArgumentException>(() => new IsingLikeModel(Parameters, lattice, [1, 2, 3]));
        Assert.Contains("2 bond families", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GlobalCouplingIsTwoGOverNOnARegularLattice()
    {
        var lattice = LatticeBuilder.Build(new LatticeSpec(LatticeKind.Square, [4, 5]));
        var model = new IsingLikeModel(Parameters with { LongRangeK = 50 }, lattice);
        Assert.Equal(2 * 50.0 / 20, model.GlobalCouplingK, 12);
        Assert.Equal(0, new IsingLikeModel(Parameters, lattice).GlobalCouplingK);
    }

    [Fact]
    public void AllToAllPerDirectionCouplingIsHonouredOrRefused()
    {
        const string json = """
            {
              "model": { "deltaK": 1000, "lnG": 5, "couplingByDirectionK": [60],
                         "lattice": { "kind": "all-to-all", "size": [100], "coordination": 4 } },
              "protocol": { "kind": "temperature-scan", "temperaturesK": [200] }
            }
            """;
        SimulationConfig config;
        try
        {
            config = ConfigReader.Parse(json, "a2a.json");
        }
        catch (ConfigException)
        {
            return; // refusing it is a fine answer
        }

        var model = ((IsingLikeModelConfig)config.Model).Build();
        Assert.Equal(4 * 60.0 / 99, model.GlobalCouplingK, 12);
    }
}
