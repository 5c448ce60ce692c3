using SCOModel.Core.Configuration;
using SCOModel.Core.Lattices;
using SCOModel.Core.Models;
using SCOModel.MeanField.TwoSublattice;

namespace SCOModel.MeanField.Tests;

/// <summary>
/// Dinuclear molecules in the two-sublattice mean field (PHYSICS.md §2): the molecule's own bond is one more A–B bond
/// of each of its irons, so the field on an A site is h_A + z_AA J_AA m_A + (J_intra + z_AB,inter K) m_B and the
/// closed forms hold with z_AB K = J_intra + z_AB,inter K. On the square lattice with the dimers pattern each site has
/// two same-sublattice neighbours (along y), its partner and one A–B neighbour of another molecule (along x).
/// </summary>
public sealed class DinuclearMeanFieldTests
{
    private const double DeltaK = 2000;
    private const double LnG = 10;

    private static IsingLikeModelConfig Config(double intramolecularK, SublatticeCouplings couplings) => new()
    {
        Lattice = new LatticeSpec(LatticeKind.Square, [8, 4]),
        DeltaK = DeltaK,
        LnG = LnG,
        Heterogeneity = new Heterogeneity
        {
            Sublattices = Sublattices.Plain(SublatticePattern.Dimers),
            CouplingBySublatticeK = couplings,
            IntramolecularK = intramolecularK,
        },
    };

    [Fact]
    public void TheIntramolecularBondCountsAsOneMoreABBond()
    {
        var (model, bonds) = TwoSublatticeRun.Model(
            Config(-150, new SublatticeCouplings(20, 25, -10)), Sublattices.Plain(SublatticePattern.Dimers), 0);
        Assert.Equal(2 * 20, model.IntraAK, 12);
        Assert.Equal(2 * 25, model.IntraBK, 12);
        Assert.Equal(-150 + -10, model.InterK, 12);

        // Per site: one A–B bond (half a molecule's bond and half an intermolecular one), one A–A or B–B bond.
        Assert.Equal(0.5, bonds.AA, 12);
        Assert.Equal(0.5, bonds.BB, 12);
        Assert.Equal(1, bonds.AB, 12);
    }

    [Theory]
    [InlineData(-300.0, true)] // T_eq = 200 K < |J_intra| = 300 K: the staggered mode softens at h = 0
    [InlineData(-150.0, false)] // T_eq > |J_intra|: no mixed molecule in mean field
    public void IsolatedMoleculesHaveAMixedHalfPlateauOnlyForStrongNegativeJIntra(double intramolecularK, bool mixed)
    {
        var (model, _) = TwoSublatticeRun.Model(
            Config(intramolecularK, new SublatticeCouplings(0, 0, 0)), Sublattices.Plain(SublatticePattern.Dimers), 0);
        Assert.Equal(intramolecularK, model.InterK, 12);
        var state = TwoSublatticeMeanField.Equilibrium(model, DeltaK / LnG);
        Assert.Equal(0.5, state.NHs, 9);
        Assert.Equal(mixed, Math.Abs(state.Staggered) > 0.1);
    }
}
