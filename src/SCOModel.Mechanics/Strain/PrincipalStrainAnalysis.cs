using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using SCOModel.Core.PhaseDiagrams;

namespace SCOModel.Mechanics.Strain;

/// <summary>
/// PASCal's analysis of lattice parameters against pressure or temperature (Cliffe &amp; Goodwin, J. Appl. Cryst. 2012,
/// 45, 1321; Lertkiattrakul, Evans &amp; Cliffe, J. Open Source Softw. 2023): the strain of every cell relative to the
/// first, its principal strains, a straight line through each principal strain against the variable, whose slope
/// gives the principal linear compressibility K = −dε/dP (or expansivity α = dε/dT), for pressure PASCal's empirical
/// fit ε₀ + λ(P − P_c)^ν of each principal strain with K(P) (<see cref="EmpiricalStrainFit"/>), and the volume's
/// equation of state.
/// </summary>
/// <remarks>
/// <para>The principal axes are those of the whole range: the eigenvectors of dε/dx, the least-squares slope of the
/// strain tensor's six components against x. Each cell's own principal strains (the eigenvalues of its strain) are
/// assigned to these axes by the permutation whose eigenvectors overlap them most, as PASCal assigns them to the axes
/// of its first strained cell. Axes from the whole range do not depend on which cell is measured first or on the noise
/// of the small strains near the reference, and for a linear response they are exactly the axes of the slopes.</para>
/// <para>Weights: when the table gives standard errors, each principal strain's error is propagated from the six cell
/// parameters' errors of its row (linearly, by central differences; the reference cell is held exact, since its error
/// shifts every strain alike) and the variable's error enters as an effective variance (slope × σ_x)². PASCal weights
/// by the variable's error only. The standard errors of the slopes come from the fit's covariance, inflated by χ²/dof
/// when the scatter exceeds the error bars (<see cref="StraightLineFit"/>); PASCal quotes White's
/// heteroscedasticity-consistent errors, which agree for homogeneous scatter.</para>
/// </remarks>
public sealed class PrincipalStrainAnalysis
{
    /// <summary>An axis turning by more than this over the range gets a warning (degrees).</summary>
    public const double RotationWarningDeg = 5;

    private PrincipalStrainAnalysis(LatticeParameterTable data, StrainMeasure measure, IReadOnlyList<StrainPoint> points,
        IReadOnlyList<PrincipalAxis> axes, VolumeAnalysis volume, IReadOnlyList<string> warnings)
    {
        Data = data;
        Measure = measure;
        Points = points;
        Axes = axes;
        Volume = volume;
        Warnings = warnings;
    }

    /// <summary>The input table.</summary>
    public LatticeParameterTable Data { get; }

    /// <summary>Pressure or temperature.</summary>
    public StrainVariable Variable => Data.Variable;

    /// <summary>The strain measure used.</summary>
    public StrainMeasure Measure { get; }

    /// <summary>The reference cell: the first row.</summary>
    public UnitCell Reference => Data.Rows[0].Cell;

    /// <summary>One entry per row, in file order.</summary>
    public IReadOnlyList<StrainPoint> Points { get; }

    /// <summary>The three principal axes in ascending order of dε/dx.</summary>
    public IReadOnlyList<PrincipalAxis> Axes { get; }

    /// <summary>
    /// The value of the variable at which PASCal quotes the empirical compressibility of each axis: the ⌈n/2⌉-th of the
    /// n values in ascending order (the median for odd n).
    /// </summary>
    public double MedianVariable => Points.Select(p => p.Variable).Order().ElementAt(((Points.Count + 1) / 2) - 1);

    /// <summary>The volume's fits.</summary>
    public VolumeAnalysis Volume { get; }

    /// <summary>
    /// True when the table gives standard errors: each straight line is then weighted where every one of its points has
    /// a positive error (from the cell parameters or the variable), and unweighted otherwise.
    /// </summary>
    public bool IsWeighted => Data.HasUncertainties;

    /// <summary>What the reader should know: turning axes, axes that the data cannot tell apart, failed fits.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Analyses a table of lattice parameters.</summary>
    public static PrincipalStrainAnalysis Of(LatticeParameterTable data, StrainMeasure measure = StrainMeasure.Lagrangian)
    {
        ArgumentNullException.ThrowIfNull(data);
        var rows = data.Rows;
        var reference = rows[0].Cell;
        double[] x = rows.Select(r => r.Variable).ToArray();
        var tensors = rows.Select(r => StrainTensor.Between(reference, r.Cell, measure)).ToArray();
        var warnings = new List<string>();

        // The axes of the whole range: eigenvectors of the slope of ε(x), in ascending order of their eigenvalue.
        var slope = Matrix<double>.Build.Dense(3, 3);
        for (int i = 0; i < 3; i++)
        {
            for (int j = i; j < 3; j++)
            {
                var line = StraightLineFit.Of(x.Select((v, n) => (v, tensors[n].Components[i, j], 0.0)).ToArray())!;
                slope[i, j] = slope[j, i] = line.Slope;
            }
        }

        var rangeAxes = EigenAxes(slope);

        // Each cell's principal strains, assigned to the axes of the whole range.
        int farthest = Enumerable.Range(0, x.Length).MaxBy(n => Math.Abs(x[n] - x[0]));
        var strains = new double[rows.Count][];
        var cellAxes = new Vector<double>[rows.Count][];
        for (int n = 0; n < rows.Count; n++)
        {
            var principal = tensors[n].Principal();
            int[] match = BestMatch(rangeAxes, principal.Axes);
            strains[n] = match.Select(k => principal.Values[k]).ToArray();
            cellAxes[n] = match.Select(k => principal.Axes[k]).ToArray();
        }

        var strainErrors = StrainErrors(rows, reference, measure, cellAxes);
        var volumeErrors = rows.Select(VolumeStdErr).ToArray();

        // PASCal's empirical fits, for pressure data with enough pressures to determine their four parameters.
        bool empirical = data.Variable == StrainVariable.Pressure;
        int pressures = x.Distinct().Count();
        if (empirical && pressures < EmpiricalStrainFit.MinimumPressures)
        {
            empirical = false;
            warnings.Add($"no empirical fits ε = ε₀ + λ(P − P_c)^ν: their 4 parameters need at least " +
                $"{EmpiricalStrainFit.MinimumPressures} distinct pressures, and the data have {pressures}");
        }

        var axes = new PrincipalAxis[3];
        var referenceBasis = reference.CartesianBasis();
        for (int k = 0; k < 3; k++)
        {
            var line = FitLine(x, strains.Select(s => s[k]).ToArray(), strainErrors.Select(e => e[k]).ToArray(),
                rows.Select(r => r.VariableStdErr).ToArray());
            var (direction, uvw) = Orient(rangeAxes[k], referenceBasis);
            var angles = Enumerable.Range(0, 3).Select(c => AngleDeg(direction, referenceBasis.Column(c))).ToArray();
            double rotation = AngleDeg(rangeAxes[k], cellAxes[farthest][k], unsigned: true);
            axes[k] = new PrincipalAxis(k + 1, line, data.Variable.Coefficient(line.Slope),
                data.Variable.CoefficientStdErr(line.SlopeStdErr), direction.ToArray(), uvw, angles, rotation)
            {
                EmpiricalFit = empirical
                    ? Empirical(k + 1, x, strains.Select(s => s[k]).ToArray(), strainErrors.Select(e => e[k]).ToArray(),
                        rows.Select(r => r.VariableStdErr).ToArray(), warnings)
                    : null,
            };
        }

        var points = rows.Select((r, n) => new StrainPoint(r.Line, r.Variable, r.VariableStdErr, r.Cell.Volume,
            volumeErrors[n], strains[n], strainErrors[n],
            Enumerable.Range(0, 3).Select(k => n == 0 ? 0 : AngleDeg(rangeAxes[k], cellAxes[n][k], unsigned: true)).ToArray()))
            .ToArray();

        var volume = VolumeFits(data, points, warnings);
        Warn(data.Variable, axes, warnings);
        return new PrincipalStrainAnalysis(data, measure, points, axes, volume, warnings);
    }

    /// <summary>
    /// PASCal's empirical fit of one axis's principal strain against pressure; null, with a warning saying why, when the
    /// data cannot determine it, and warnings for a fit that did not converge, undetermined parameters or P_c at the
    /// lowest pressure.
    /// </summary>
    private static EmpiricalStrainFit? Empirical(int axis, double[] pressure, double[] strain, double[] strainErr,
        double[] pressureErr, List<string> warnings)
    {
        var fit = EmpiricalStrainFit.Fit(pressure, strain, strainErr, pressureErr, out string? failure);
        if (fit is null)
        {
            warnings.Add($"axis {axis}: {failure}");
            return null;
        }

        if (fit.IsNearlyLinear)
        {
            // A straight line is the limit P_c → −∞ of the equation: the fit drifts along that ridge, where ν and P_c
            // are not determined but K(P) is.
            string pc = fit.CriticalPressure.Value.ToString("G3", CultureInfo.InvariantCulture);
            warnings.Add($"axis {axis}: the principal strain is nearly linear in P, so the empirical fit drifts to P_c = " +
                $"{pc} GPa far below the data, where P_c and ν are not determined: its K(P) follows the straight line");
            return fit;
        }

        if (!fit.Converged)
        {
            warnings.Add($"axis {axis}: the empirical fit ε = ε₀ + λ(P − P_c)^ν did not converge: treat it with caution");
        }

        if (!fit.IsDetermined)
        {
            string nu = fit.Nu.Value.ToString("G3", CultureInfo.InvariantCulture);
            warnings.Add($"axis {axis}: the data do not determine ε₀, λ, P_c and ν of the empirical fit individually " +
                $"(ν = {nu}; a straight line, ν = 1, makes P_c and ε₀ interchangeable): no standard errors, use the straight line");
        }

        if (fit.IsCriticalPressureAtBound)
        {
            warnings.Add($"axis {axis}: the empirical fit puts P_c at the lowest pressure, where K diverges: " +
                "its compressibility there is not meaningful");
        }

        return fit;
    }

    /// <summary>The straight line through y(x), weighted when every point has an error (effective variance for σ_x).</summary>
    private static StraightLineFit FitLine(double[] x, double[] y, double[] yErr, double[] xErr)
    {
        var unweighted = StraightLineFit.Of(x.Select((v, n) => (v, y[n], 0.0)).ToArray())!;
        if (yErr.All(e => e == 0) && xErr.All(e => e == 0))
        {
            return unweighted;
        }

        double b = unweighted.Slope;
        return StraightLineFit.Of(x.Select((v, n) => (v, y[n], Math.Sqrt((yErr[n] * yErr[n]) + (b * xErr[n] * b * xErr[n])))).ToArray())!;
    }

    /// <summary>
    /// The standard errors of every row's principal strains from its cell parameters' errors: σ²(ε_k) =
    /// Σ_q (u_kᵀ ∂ε/∂q u_k σ_q)², the first-order change of an eigenvalue along its eigenvector u_k.
    /// </summary>
    private static double[][] StrainErrors(IReadOnlyList<LatticeMeasurement> rows, UnitCell reference, StrainMeasure measure,
        Vector<double>[][] cellAxes)
    {
        var errors = new double[rows.Count][];
        for (int n = 0; n < rows.Count; n++)
        {
            var variance = new double[3];
            for (int q = 0; q < 6; q++)
            {
                double sigma = rows[n].CellStdErr[q];
                if (sigma == 0)
                {
                    continue;
                }

                var derivative = Derivative(rows[n].Cell, q, cell => StrainTensor.Between(reference, cell, measure).Components);
                for (int k = 0; k < 3; k++)
                {
                    var u = cellAxes[n][k];
                    double d = u * (derivative * u) * sigma;
                    variance[k] += d * d;
                }
            }

            errors[n] = variance.Select(Math.Sqrt).ToArray();
        }

        return errors;
    }

    private static double VolumeStdErr(LatticeMeasurement row)
    {
        double variance = 0;
        for (int q = 0; q < 6; q++)
        {
            double sigma = row.CellStdErr[q];
            if (sigma > 0)
            {
                double d = Derivative(row.Cell, q, cell => Matrix<double>.Build.Dense(1, 1, cell.Volume))[0, 0] * sigma;
                variance += d * d;
            }
        }

        return Math.Sqrt(variance);
    }

    /// <summary>∂f/∂q by central differences, with a step of 10⁻⁶ Å or 10⁻⁶ degrees scaled to the parameter.</summary>
    private static Matrix<double> Derivative(UnitCell cell, int q, Func<UnitCell, Matrix<double>> f)
    {
        double h = 1e-6 * Math.Max(1, Math.Abs(cell.Parameters[q]) / 10);
        return (f(cell.With(q, h)) - f(cell.With(q, -h))) / (2 * h);
    }

    private static VolumeAnalysis VolumeFits(LatticeParameterTable data, IReadOnlyList<StrainPoint> points, List<string> warnings)
    {
        double[] x = points.Select(p => p.Variable).ToArray();
        double[] v = points.Select(p => p.Volume).ToArray();
        var line = FitLine(x, v, points.Select(p => p.VolumeStdErr).ToArray(), points.Select(p => p.VariableStdErr).ToArray());
        double vRef = points[0].Volume;
        if (data.Variable != StrainVariable.Pressure)
        {
            return new VolumeAnalysis(vRef, line, data.Variable.Coefficient(line.Slope / vRef),
                data.Variable.CoefficientStdErr(line.SlopeStdErr / vRef), null, null);
        }

        // Pressure is fitted as a function of volume: σ_P,eff² = σ_P² + (dP/dV σ_V)², dP/dV from the line.
        double[] pressureErr = points.Select(p =>
            Math.Sqrt((p.VariableStdErr * p.VariableStdErr) + Math.Pow(p.VolumeStdErr / line.Slope, 2))).ToArray();
        bool weighted = pressureErr.All(e => e > 0 && double.IsFinite(e));
        double startV0 = line.Intercept;
        double startB0 = -startV0 / line.Slope;
        BirchMurnaghanFit? second = null, third = null;
        if (!(line.Slope < 0))
        {
            warnings.Add("the volume does not fall with pressure: no Birch–Murnaghan equation of state was fitted");
        }
        else
        {
            second = BirchMurnaghanFit.Fit(v, x, weighted ? pressureErr : null, 2, startV0, startB0);
            third = second is null ? null
                : BirchMurnaghanFit.Fit(v, x, weighted ? pressureErr : null, 3, second.V0.Value, second.B0.Value);
            foreach (var fit in new[] { second, third })
            {
                if (fit is not null && (!fit.Converged || !(fit.B0.Value > 0)))
                {
                    warnings.Add($"the order-{fit.Order} Birch–Murnaghan fit did not converge to a positive B₀: treat it with caution");
                }
            }

            if (third is not null && third.DegreesOfFreedom <= 0)
            {
                warnings.Add("the third-order Birch–Murnaghan equation has as many parameters as there are pressures: it " +
                    "passes through the points and its errors are unknown");
            }
        }

        return new VolumeAnalysis(vRef, line, data.Variable.Coefficient(line.Slope / vRef),
            data.Variable.CoefficientStdErr(line.SlopeStdErr / vRef), second, third);
    }

    private static void Warn(StrainVariable variable, PrincipalAxis[] axes, List<string> warnings)
    {
        foreach (var axis in axes.Where(a => a.RotationDeg > RotationWarningDeg))
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"principal axis {axis.Index} turns by {axis.RotationDeg:F1}° over the range: its coefficient describes an average direction"));
        }

        for (int i = 0; i < 3; i++)
        {
            for (int j = i + 1; j < 3; j++)
            {
                double difference = Math.Abs(axes[i].Coefficient - axes[j].Coefficient);
                double error = Math.Sqrt(Math.Pow(axes[i].CoefficientStdErr, 2) + Math.Pow(axes[j].CoefficientStdErr, 2));
                if (difference <= 2 * error || difference <= 1e-9 * Math.Max(Math.Abs(axes[i].Coefficient), 1))
                {
                    warnings.Add($"{variable.CoefficientSymbol}{axes[i].Index} and {variable.CoefficientSymbol}{axes[j].Index} " +
                        "are equal within their errors: any direction in the plane of their axes is principal, so their " +
                        "directions are not determined individually");
                }
            }
        }
    }

    /// <summary>The unit eigenvectors of a symmetric matrix in ascending order of their eigenvalues.</summary>
    private static Vector<double>[] EigenAxes(Matrix<double> symmetric)
    {
        var evd = symmetric.Evd(Symmetricity.Symmetric);
        return Enumerable.Range(0, 3).OrderBy(k => evd.EigenValues[k].Real)
            .Select(k => evd.EigenVectors.Column(k).Normalize(2)).ToArray();
    }

    /// <summary>The permutation m that maximises Σ_k |axes[k] · candidates[m[k]]|.</summary>
    private static int[] BestMatch(IReadOnlyList<Vector<double>> axes, IReadOnlyList<Vector<double>> candidates)
    {
        int[][] permutations = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];
        return permutations.MaxBy(m => Enumerable.Range(0, 3).Sum(k => Math.Abs(axes[k] * candidates[m[k]])))!;
    }

    /// <summary>
    /// The axis with the sign PASCal prints, and its lattice components [uvw] = M₀⁻¹ n scaled to unit length: the
    /// largest component positive.
    /// </summary>
    private static (Vector<double> Direction, double[] Uvw) Orient(Vector<double> axis, Matrix<double> basis)
    {
        var uvw = basis.Solve(axis);
        uvw /= uvw.L2Norm();
        int largest = Enumerable.Range(0, 3).MaxBy(k => Math.Abs(uvw[k]));
        double sign = uvw[largest] < 0 ? -1 : 1;

        // Components that vanish by symmetry come out as ±1e-17: print them as the zeros they are.
        static double Clean(double v) => Math.Abs(v) < 1e-12 ? 0 : v;
        return ((axis * sign).Map(Clean), (uvw * sign).Select(Clean).ToArray());
    }

    private static double AngleDeg(Vector<double> u, Vector<double> v, bool unsigned = false)
    {
        double cos = u * v / (u.L2Norm() * v.L2Norm());
        if (unsigned)
        {
            cos = Math.Abs(cos);
        }

        return Math.Acos(Math.Clamp(cos, -1, 1)) * 180 / Math.PI;
    }
}
