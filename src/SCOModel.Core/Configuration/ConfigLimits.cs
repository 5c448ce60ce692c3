using System.Globalization;
using SCOModel.Core.Protocols;

namespace SCOModel.Core.Configuration;

/// <summary>
/// Sizes and magnitudes beyond which a config is refused before anything runs (README "Limits"). They are far outside
/// any spin-crossover material (Δ of a few thousand K, ln g of 2–10, ΔV of 10–40 Å^3, pressures of a few GPa) and are
/// there so that a typo cannot make the engines overflow to ±∞ or NaN (Δ(P) = Δ + P ΔV, T ln g, z J and their
/// exponentials, PHYSICS.md §1–2) or make a grid too large to hold in memory.
/// </summary>
public static class ConfigLimits
{
    /// <summary>Points of one protocol (a phase diagram: lines × points per line, each loop counted there and back).</summary>
    public const long MaxPoints = 10_000_000;

    /// <summary>Largest temperature, in K.</summary>
    public const double MaxTemperatureK = 1e6;

    /// <summary>Largest |pressure|, in GPa (the centre of the Earth is at about 360 GPa).</summary>
    public const double MaxPressureGPa = 1e4;

    /// <summary>Largest |Δ|, |J| and |G|, in K.</summary>
    public const double MaxEnergyK = 1e7;

    /// <summary>Largest |ln g|.</summary>
    public const double MaxLnG = 1e3;

    /// <summary>Largest |ΔV| per molecule, in Å^3.</summary>
    public const double MaxVolumeA3 = 1e5;

    /// <summary>
    /// Checks the protocol's size first (a phase diagram is counted from its axes, before any path is made), then its
    /// temperatures and pressures and the Ising-like model's parameters; <paramref name="source"/> names the file.
    /// </summary>
    public static void Check(string source, ModelConfig model, Protocol protocol)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        long points = protocol switch
        {
            PhaseDiagram grid => 2L * grid.PressuresGPa.Count * grid.TemperaturesK.Count,
            EquilibriumScan scan => Math.Max(1, ((scan.TemperaturesK.Count - 1L) * scan.LadderSubdivisions) + 1),
            _ => protocol.Paths().Sum(p => (long)p.PointCount),
        };
        if (points > MaxPoints)
        {
            throw new ConfigException(source, "$.protocol",
                $"about {points.ToString("N0", CultureInfo.InvariantCulture)} points (or ladder rungs); at most " +
                $"{MaxPoints.ToString("N0", CultureInfo.InvariantCulture)} in one run: use coarser steps, or split the grid " +
                "into several configs");
        }

        var (temperatures, pressures) = protocol switch
        {
            PhaseDiagram grid => (grid.TemperaturesK, grid.PressuresGPa),
            _ => (Points(protocol).Select(p => p.TemperatureK).ToArray(), Points(protocol).Select(p => p.PressureGPa).ToArray()),
        };
        Within(source, "$.protocol", "temperature", temperatures.DefaultIfEmpty().Max(), MaxTemperatureK, "K");
        Within(source, "$.protocol", "|pressure|", pressures.Select(Math.Abs).DefaultIfEmpty().Max(), MaxPressureGPa, "GPa");
        if (model is IsingLikeModelConfig ising)
        {
            Within(source, "$.model.deltaK", "|Δ|", Math.Abs(ising.DeltaK), MaxEnergyK, "K");
            Within(source, "$.model.lnG", "|ln g|", Math.Abs(ising.LnG), MaxLnG, string.Empty);
            Within(source, "$.model.couplingK", "|J|", Math.Abs(ising.CouplingK), MaxEnergyK, "K");
            Within(source, "$.model.couplingByDirectionK", "|J|",
                ising.CouplingByDirectionK?.Select(Math.Abs).DefaultIfEmpty().Max() ?? 0, MaxEnergyK, "K");
            Within(source, "$.model.longRangeK", "|G|", Math.Abs(ising.LongRangeK), MaxEnergyK, "K");
            Within(source, "$.model.deltaVA3", "|ΔV|", Math.Abs(ising.DeltaVA3), MaxVolumeA3, "Å^3");
        }
    }

    private static IEnumerable<ControlPoint> Points(Protocol protocol) =>
        protocol.Paths().SelectMany(p => p.Segments).SelectMany(s => s.Points);

    private static void Within(string source, string location, string quantity, double value, double limit, string unit)
    {
        if (!(value <= limit))
        {
            string suffix = unit.Length > 0 ? $" {unit}" : string.Empty;
            throw new ConfigException(source, location,
                $"{quantity} = {value.ToString("G6", CultureInfo.InvariantCulture)}{suffix} is beyond the limit of " +
                $"{limit.ToString("G6", CultureInfo.InvariantCulture)}{suffix} (README, Limits): far outside any " +
                "spin-crossover material, and where the engines would overflow; check the units");
        }
    }
}
