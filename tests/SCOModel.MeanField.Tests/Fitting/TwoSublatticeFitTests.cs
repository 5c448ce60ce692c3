using SCOModel.Core.Protocols;
using SCOModel.MeanField.Fitting;
using SCOModel.MeanField.Tests.Support;
using SCOModel.MeanField.TwoSublattice;

namespace SCOModel.MeanField.Tests.Fitting;

/// <summary>
/// A two-step curve made by the two-sublattice model (PHYSICS.md §2: equivalent sites, Γ_AB &lt; 0) is fitted back,
/// and the fit reports the plateau; the one-sublattice fit of the same data warns that it misses the shape.
/// </summary>
public class TwoSublatticeFitTests
{
    [Fact]
    public void TheFitOfATwoSublatticeCurveReportsThePlateau()
    {
        // ΔH 16.6 kJ/mol, ΔS 83.1 J/(mol K) (T1/2 ≈ 200 K), Γ_intra 1 kJ/mol, Γ_AB −4 kJ/mol: steps near 148 and
        // 239 K and a plateau at n ≈ 0.48 from ≈ 169 to ≈ 220 K (measured on heating and cooling, 1.5 K apart).
        var truth = TwoSublatticeModel.FromCalorimetric(16.6, 83.1, 1.0, -4.0);
        var temperatures = SyntheticCurve.Range(110, 290, 1.5);
        var data = new SyntheticCurve(11).Make((t, b) => TwoSublatticeMeanField.BranchCurve(truth, t, b), temperatures,
            [Branch.Heating, Branch.Cooling], 0.01);

        var grid = SyntheticCurve.Range(110, 290, 0.5);
        var expected = TwoStepTransition.Find(grid, TwoSublatticeMeanField.BranchCurve(truth, grid, Branch.Heating));
        Assert.NotNull(expected);

        var fit = TwoSublatticeFit.Fit(data);
        Assert.True(fit.Converged);
        foreach (var (name, value) in new[] { ("ΔH", 16.6), ("ΔS", 83.1), ("Γ_intra", 1.0), ("Γ_AB", -4.0) })
        {
            var p = fit.Parameter(name);
            Assert.True(p.SigmasFrom(value) <= 4, $"{name} = {p.Value} ± {p.StdErr}, truth {value}");
        }

        var plateau = fit.TwoStep;
        Assert.NotNull(plateau);
        Assert.Equal(expected.PlateauNHs, plateau.PlateauNHs, 0.02);
        Assert.Equal(expected.FirstStepK, plateau.FirstStepK, 2.0);
        Assert.Equal(expected.SecondStepK, plateau.SecondStepK, 2.0);
        Assert.Equal(expected.PlateauWidthK, plateau.PlateauWidthK, 5.0);
        Assert.DoesNotContain(fit.Warnings, w => w.Contains("systematic", StringComparison.Ordinal));

        var single = SlichterDrickamerFit.Fit(data);
        Assert.Contains(single.Warnings, w => w.Contains("two-sublattice", StringComparison.Ordinal));
    }
}
