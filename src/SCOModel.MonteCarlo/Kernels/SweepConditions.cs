using SCOModel.Core.Configuration;
using SCOModel.Core.Models;

namespace SCOModel.MonteCarlo.Kernels;

/// <summary>What a sweep needs to know about the control point: field, inverse temperature, global coupling, rule.</summary>
/// <param name="FieldK">h = (T ln g − Δ(P))/2, in kelvin.</param>
/// <param name="Beta">1/T in 1/K.</param>
/// <param name="GlobalCouplingK">c of the magnetisation-mediated coupling (long-range G, all-to-all pairs).</param>
/// <param name="Rule">Metropolis or heat bath.</param>
internal readonly record struct SweepConditions(double FieldK, double Beta, double GlobalCouplingK, UpdateRule Rule)
{
    /// <summary>
    /// When every bond has the same J and there is no global coupling, the local field takes only the values
    /// h + J n with n = Σ_j s_j, so the acceptance probabilities can be tabulated once per point instead of calling
    /// exp per site. Entry [(s + 1)/2 · (2 z_max + 1) + n + z_max] holds, for Metropolis, the acceptance of the flip
    /// and, for heat bath, P(s' = +1) (independent of s).
    /// </summary>
    public AcceptanceTable? Table { get; init; }

    /// <summary>
    /// The field of every site, h_i(T, P), for a heterogeneous model (PHYSICS.md §1, Δ_i; see
    /// <see cref="IsingLikeModel.IsHeterogeneous"/>); null when every site has <see cref="FieldK"/>. Such models take
    /// the scalar kernel only.
    /// </summary>
    public double[]? SiteFieldsK { get; init; }

    /// <summary>Per site +1/−1 for sites trapped HS/LS, which are never updated, 0 for the others; null for none.</summary>
    public sbyte[]? TrappedStates { get; init; }

    /// <summary>The conditions at a control point, with the acceptance table where it applies.</summary>
    public static SweepConditions At(IsingLikeModel model, double temperatureK, double pressureGPa, UpdateRule rule)
    {
        var conditions = new SweepConditions(
            model.Parameters.FieldK(temperatureK, pressureGPa), 1 / temperatureK, model.GlobalCouplingK, rule);
        if (model.IsHeterogeneous)
        {
            var fields = new double[model.Lattice.SiteCount];
            model.SiteFieldsK(temperatureK, pressureGPa, fields);
            return conditions with
            {
                SiteFieldsK = fields,
                TrappedStates = model.TrappedStates.IsEmpty ? null : model.TrappedStates.ToArray(),
            };
        }

        return model.UniformCouplingK is double j && model.GlobalCouplingK == 0 && model.Lattice.BondCount > 0
            ? conditions with { Table = AcceptanceTable.Build(conditions, j, model.Lattice.MaxDegree) }
            : conditions;
    }
}

/// <summary>Tabulated update probabilities by (spin, neighbour sum); see <see cref="SweepConditions.Table"/>.</summary>
internal sealed class AcceptanceTable
{
    private readonly double[] _probabilities;
    private readonly int _maxDegree;

    private AcceptanceTable(double[] probabilities, int maxDegree)
    {
        _probabilities = probabilities;
        _maxDegree = maxDegree;
    }

    /// <summary>The same probabilities as integer tests on the random words (what the kernels use).</summary>
    public FlipThresholds Thresholds { get; private set; } = null!;

    /// <summary>The probability for spin s with neighbour sum n.</summary>
    public double this[int s, int n] => _probabilities[((s + 1) / 2 * ((2 * _maxDegree) + 1)) + n + _maxDegree];

    public static AcceptanceTable Build(in SweepConditions conditions, double couplingK, int maxDegree)
    {
        int width = (2 * maxDegree) + 1;
        var probabilities = new double[2 * width];
        for (int s = -1; s <= 1; s += 2)
        {
            for (int n = -maxDegree; n <= maxDegree; n++)
            {
                double local = conditions.FieldK + (couplingK * n);
                probabilities[((s + 1) / 2 * width) + n + maxDegree] = conditions.Rule == UpdateRule.HeatBath
                    ? 1 / (1 + Math.Exp(-2 * conditions.Beta * local))
                    : SingleSpinKernel.MetropolisAcceptance(conditions.Beta * 2 * s * local);
            }
        }

        var table = new AcceptanceTable(probabilities, maxDegree);
        table.Thresholds = FlipThresholds.Build(table, conditions.Rule, couplingK, maxDegree);
        return table;
    }
}
