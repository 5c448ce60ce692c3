using MathNet.Numerics.LinearAlgebra;
using SCOModel.Mechanics.Strain;

namespace SCOModel.Mechanics.Tests.Strain;

/// <summary>
/// Principal compressibilities and expansivities recovered from tables made in the test from known linear responses,
/// with their axes, errors, NLC/NTE flags and the volume coefficient.
/// </summary>
public sealed class PrincipalStrainAnalysisTests
{
    private static readonly UnitCell Orthorhombic = new(10, 12, 15, 90, 90, 90);

    [Fact]
    public void CompressibilitiesIncludingANegativeOneAreRecoveredWithinTheirErrors()
    {
        // l(P) = l₀ (1 − K P) with K_a = −5, K_b = 20, K_c = 10 TPa⁻¹, noise 0.0005 Å on a, b, c.
        double[] k = [-5e-3, 20e-3, 10e-3]; // GPa⁻¹
        var pressures = Enumerable.Range(0, 21).Select(i => 0.1 * i);
        string csv = SyntheticLattice.Csv("pressure_GPa", pressures,
            p => new UnitCell(10 * (1 - (k[0] * p)), 12 * (1 - (k[1] * p)), 15 * (1 - (k[2] * p)), 90, 90, 90), sigma: 0.0005, seed: 7);
        var analysis = PrincipalStrainAnalysis.Of(LatticeParameterTable.Parse(csv, "synthetic.csv"));

        // Axis 1 is the most compressible (b), then c, then a with NLC.
        double[] expected = [20, 10, -5];
        int[] along = [1, 2, 0];
        for (int i = 0; i < 3; i++)
        {
            var axis = analysis.Axes[i];
            Assert.InRange(axis.Coefficient, expected[i] - (3 * axis.CoefficientStdErr), expected[i] + (3 * axis.CoefficientStdErr));

            // σ(K) ≈ 1000 σ_l / (l √(Σ(P − P̄)²)): the errors are of the size the noise implies, not wildly off.
            double sxx = Enumerable.Range(0, 21).Sum(n => Math.Pow((0.1 * n) - 1, 2));
            double predicted = 1000 * 0.0005 / (new[] { 10.0, 12, 15 }[along[i]] * Math.Sqrt(sxx));
            Assert.InRange(axis.CoefficientStdErr, predicted / 3, predicted * 3);
            Assert.Equal(1, Math.Abs(axis.Uvw[along[i]]), 9);
            Assert.Equal(i == 2, axis.IsNegative);
        }

        Assert.True(analysis.Axes[2].IsSignificant);
        Assert.False(analysis.IsWeighted);

        // β_V = K_a + K_b + K_c to first order.
        Assert.Equal(25, analysis.Volume.Coefficient, 0.5);
    }

    [Fact]
    public void PrincipalAxesTiltedInTheAcPlaneOfAMonoclinicCellAreFound()
    {
        // A monoclinic cell (β = 105°) strained at a constant rate S per GPa whose principal axes lie at θ = 30° from x
        // towards z in the Cartesian frame, plus y: S = R diag(−0.02, −0.01, +0.004) Rᵀ (K = 20, 10, −4 TPa⁻¹).
        var reference = new UnitCell(8, 9, 10, 90, 105, 90);
        double theta = 30 * Math.PI / 180;
        var u1 = Vector<double>.Build.DenseOfArray([Math.Cos(theta), 0, Math.Sin(theta)]);
        var u2 = Vector<double>.Build.DenseOfArray([0, 1, 0]);
        var u3 = Vector<double>.Build.DenseOfArray([-Math.Sin(theta), 0, Math.Cos(theta)]);
        var rate = (-0.02 * u1.OuterProduct(u1)) + (-0.01 * u2.OuterProduct(u2)) + (0.004 * u3.OuterProduct(u3));

        // Small pressures keep the second-order terms (x² S²) below 10⁻⁶.
        var pressures = Enumerable.Range(0, 11).Select(i => 0.005 * i);
        string csv = SyntheticLattice.Csv("pressure_GPa", pressures, p => SyntheticLattice.Deform(reference, rate, p));
        var analysis = PrincipalStrainAnalysis.Of(LatticeParameterTable.Parse(csv, "monoclinic.csv"));

        var expected = new[] { u1, u2, u3 };
        double[] coefficients = [20, 10, -4];
        var basis = reference.CartesianBasis();
        for (int i = 0; i < 3; i++)
        {
            var axis = analysis.Axes[i];
            Assert.Equal(coefficients[i], axis.Coefficient, 0.05);
            var direction = Vector<double>.Build.DenseOfEnumerable(axis.Direction);
            Assert.Equal(1, Math.Abs(direction * expected[i]), 6);

            // [uvw] = M₀⁻¹ u, to unit length.
            var uvw = basis.Solve(expected[i]).Normalize(2);
            Assert.Equal(1, Math.Abs(Vector<double>.Build.DenseOfEnumerable(axis.Uvw) * uvw), 6);
            Assert.True(axis.RotationDeg < 0.1);
        }

        Assert.True(analysis.Axes[2].IsNegative);
    }

    [Fact]
    public void TemperatureDataGiveExpansivitiesInPerMegakelvinAndFlagNegativeThermalExpansion()
    {
        // l(T) = l₀ (1 + α (T − 100 K)) with α_a = 50, α_b = −12, α_c = 5 MK⁻¹.
        double[] alpha = [50e-6, -12e-6, 5e-6];
        var temperatures = Enumerable.Range(0, 12).Select(i => 100.0 + (20 * i));
        string csv = SyntheticLattice.Csv("temperature_K", temperatures, t => new UnitCell(
            10 * (1 + (alpha[0] * (t - 100))), 12 * (1 + (alpha[1] * (t - 100))), 15 * (1 + (alpha[2] * (t - 100))), 90, 90, 90),
            sigma: 0.0002, seed: 3, writeStdErr: true);
        var analysis = PrincipalStrainAnalysis.Of(LatticeParameterTable.Parse(csv, "heating.csv"));

        Assert.Same(StrainVariable.Temperature, analysis.Variable);
        Assert.True(analysis.IsWeighted);
        double[] expected = [-12, 5, 50];
        for (int i = 0; i < 3; i++)
        {
            var axis = analysis.Axes[i];
            Assert.InRange(axis.Coefficient, expected[i] - (3 * axis.CoefficientStdErr), expected[i] + (3 * axis.CoefficientStdErr));
            Assert.Equal(i == 0, axis.IsNegative);
        }

        Assert.Equal(43, analysis.Volume.Coefficient, 1.0);
        Assert.Null(analysis.Volume.SecondOrder);
        Assert.Null(analysis.Volume.ThirdOrder);
    }

    [Fact]
    public void StandardErrorsOfTheCellParametersPropagateToThePrincipalStrains()
    {
        // Along an orthorhombic axis ε = l/l₀ − 1, so σ(ε) = σ_l / l₀.
        string csv = "pressure_GPa,a_A,b_A,c_A,alpha_deg,beta_deg,gamma_deg,b_A_stderr\n" +
            "0,10,12,15,90,90,90,0.003\n1,9.9,11.8,14.9,90,90,90,0.003\n2,9.8,11.6,14.8,90,90,90,0.003\n";
        var analysis = PrincipalStrainAnalysis.Of(LatticeParameterTable.Parse(csv, "errors.csv"));
        var bAxis = analysis.Axes.Single(a => Math.Abs(a.Uvw[1]) > 0.99);
        int k = bAxis.Index - 1;
        Assert.All(analysis.Points, p => Assert.Equal(0.003 / 12, p.StrainStdErrs[k], 9));
        Assert.All(analysis.Points, p => Assert.Equal(0, p.StrainStdErrs[(k + 1) % 3]));
    }

    [Fact]
    public void TheEmpiricalFitOfEachAxisRecoversTheLawItsLengthsFollowAndARigidAxisGetsAMessage()
    {
        // l_b = b₀ (1 + ε(P) − ε(P₀)) with ε(P) = λ(P − P_c)^ν, λ = −0.04 GPa^−ν, P_c = −0.2 GPa, ν = 0.5, so that the
        // strain along b relative to the first row (P₀ = 0.1 GPa) is ε(P) − ε(P₀): the fit finds λ, P_c and ν, and
        // ε₀ = −ε(P₀). c stretches linearly (K_c = −6 TPa⁻¹); a does not change at all.
        static double Law(double p) => -0.04 * Math.Sqrt(p + 0.2);
        var pressures = Enumerable.Range(0, 12).Select(i => 0.1 + (0.5 * i)).ToArray();
        string csv = SyntheticLattice.Csv("pressure_GPa", pressures,
            p => new UnitCell(10, 12 * (1 + Law(p) - Law(0.1)), 15 * (1 + (0.006 * (p - 0.1))), 90, 90, 90));
        var analysis = PrincipalStrainAnalysis.Of(LatticeParameterTable.Parse(csv, "law.csv"));

        var b = analysis.Axes.Single(a => Math.Abs(a.Uvw[1]) > 0.99);
        var fit = b.EmpiricalFit!;
        Assert.Equal(-0.04, fit.Lambda.Value, 5);
        Assert.Equal(-0.2, fit.CriticalPressure.Value, 3);
        Assert.Equal(0.5, fit.Nu.Value, 4);
        Assert.Equal(-Law(0.1), fit.Epsilon0.Value, 5);
        foreach (double p in pressures)
        {
            Assert.Equal(1000 * 0.04 * 0.5 / Math.Sqrt(p + 0.2), fit.CompressibilityAt(p), 1e-3 / Math.Sqrt(p + 0.2));
        }

        var a = analysis.Axes.Single(x => Math.Abs(x.Uvw[0]) > 0.99);
        Assert.Null(a.EmpiricalFit);
        Assert.Contains(analysis.Warnings, w => w.StartsWith($"axis {a.Index}: ", StringComparison.Ordinal)
            && w.Contains("does not change with pressure", StringComparison.Ordinal));

        // PASCal quotes K at the ⌈n/2⌉-th pressure: the 6th of 12.
        Assert.Equal(pressures[5], analysis.MedianVariable);
    }

    [Fact]
    public void TemperatureDataHaveNoEmpiricalFit()
    {
        var temperatures = Enumerable.Range(0, 8).Select(i => 100.0 + (25 * i));
        string csv = SyntheticLattice.Csv("temperature_K", temperatures,
            t => new UnitCell(10 * (1 + (3e-5 * t)), 12 * (1 - (1e-5 * t)), 15 * (1 + (2e-5 * t)), 90, 90, 90));
        var analysis = PrincipalStrainAnalysis.Of(LatticeParameterTable.Parse(csv, "heating.csv"));
        Assert.All(analysis.Axes, a => Assert.Null(a.EmpiricalFit));
        Assert.DoesNotContain(analysis.Warnings, w => w.Contains("empirical", StringComparison.Ordinal));
    }

    [Fact]
    public void EqualCoefficientsAreReportedAsUndeterminedAxes()
    {
        // A tetragonal cell compressed alike along a and b: any direction in the ab plane is principal.
        string csv = SyntheticLattice.Csv("pressure_GPa", [0, 0.5, 1, 1.5],
            p => new UnitCell(10 * (1 - (0.01 * p)), 10 * (1 - (0.01 * p)), 15 * (1 - (0.004 * p)), 90, 90, 90));
        var analysis = PrincipalStrainAnalysis.Of(LatticeParameterTable.Parse(csv, "tetragonal.csv"));
        Assert.Contains(analysis.Warnings, w => w.Contains("not determined individually", StringComparison.Ordinal));
    }
}
