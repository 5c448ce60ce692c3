using System.Globalization;
using System.Text.Json;
using SCOModel.Core.Lattices;
using SCOModel.Core.Protocols;
using SCOModel.Core.Units;

namespace SCOModel.Core.Configuration;

/// <summary>
/// Reads a JSON config (DESIGN.md, "Config") into a <see cref="SimulationConfig"/>: checks every field, fills the
/// defaults, converts calorimetric units once, and refuses what would not fit in memory. Every error is a
/// <see cref="ConfigException"/> naming the file, the JSON path and what was expected. Comments and trailing commas
/// are allowed.
/// </summary>
public static class ConfigReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads a config file.</summary>
    public static SimulationConfig ReadFile(string path) => Parse(InputFile.ReadAllText(path), path);

    /// <summary>Parses config text; <paramref name="source"/> names it in error messages.</summary>
    public static SimulationConfig Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException e)
        {
            string where = e.LineNumber is long line
                ? $"line {line + 1}, column {(e.BytePositionInLine ?? 0) + 1}"
                : "JSON";
            throw new ConfigException(source, where, $"not valid JSON: {FirstSentence(e.Message)}");
        }

        using (document)
        {
            return Read(new ConfigNode(source, "$", document.RootElement));
        }
    }

    private static SimulationConfig Read(ConfigNode root)
    {
        root.RejectUnknownFields("name", "seed", "threads", "model", "protocol", "monteCarlo");
        string name = root.Optional("name")?.Text() ?? "unnamed run";
        ulong seed = root.Optional("seed")?.UnsignedInteger() ?? SimulationConfig.DefaultSeed;
        int? threads = root.Optional("threads") is { } t ? (int)t.Integer(1, 4096) : null;
        var monteCarlo = ReadMonteCarlo(root.Optional("monteCarlo"));
        var model = ReadModel(root.Required("model"), monteCarlo.Replicas);
        var protocol = ReadProtocol(root.Required("protocol"));
        return new SimulationConfig(name, seed, model, protocol, monteCarlo) { Threads = threads };
    }

    private static MonteCarloSettings ReadMonteCarlo(ConfigNode? node)
    {
        if (node is not { } mc)
        {
            return new MonteCarloSettings();
        }

        mc.RejectUnknownFields("update", "replicas");
        var defaults = new MonteCarloSettings();
        return new MonteCarloSettings(
            mc.Optional("update")?.Choice<UpdateRule>("update rule") ?? defaults.Update,
            (int)(mc.Optional("replicas")?.Integer(1, MonteCarloSettings.MaxReplicas) ?? defaults.Replicas));
    }

    private static ModelConfig ReadModel(ConfigNode model, int replicas)
    {
        string kind = model.Optional("kind")?.Text() ?? "ising-like";
        if (kind != "ising-like")
        {
            throw model.Required("kind").Error($"unknown model kind '{kind}'; expected one of: ising-like");
        }

        model.RejectUnknownFields(
            "kind", "deltaK", "deltaH_kJmol", "lnG", "deltaS_JmolK", "couplingK", "couplingByDirectionK",
            "longRangeK", "deltaVA3", "lattice");

        double deltaK = OneOf(model, "deltaK", "deltaH_kJmol", PhysicalUnits.KelvinFromKJPerMol);
        double lnG = OneOf(model, "lnG", "deltaS_JmolK", PhysicalUnits.LnGFromJPerMolK);
        var lattice = ReadLattice(model.Required("lattice"), replicas);

        IReadOnlyList<double>? byDirection = null;
        if (model.Optional("couplingByDirectionK") is { } directions)
        {
            var items = directions.Items();
            int families = LatticeSpec.BondFamilyCount(lattice.Kind);
            if (items.Count != families)
            {
                throw directions.Error(
                    $"a {ConfigJson.Name(lattice.Kind)} lattice has {families} bond directions; expected {families} " +
                    $"couplings, got {items.Count}");
            }

            byDirection = items.Select(i => i.Number()).ToArray();
        }

        return new IsingLikeModelConfig
        {
            DeltaK = deltaK,
            LnG = lnG,
            CouplingK = model.Optional("couplingK")?.Number() ?? 0,
            CouplingByDirectionK = byDirection,
            LongRangeK = model.Optional("longRangeK")?.Number() ?? 0,
            DeltaVA3 = model.Optional("deltaVA3")?.Number() ?? 0,
            Lattice = lattice,
        };
    }

    /// <summary>A quantity given either in kelvin-based units or in calorimetric units, exactly one of the two.</summary>
    private static double OneOf(ConfigNode node, string kelvinName, string calorimetricName, Func<double, double> convert)
    {
        var kelvin = node.Optional(kelvinName);
        var calorimetric = node.Optional(calorimetricName);
        return (kelvin, calorimetric) switch
        {
            ({ } k, null) => k.Number(),
            (null, { } c) => convert(c.Number()),
            (null, null) => throw node.Error($"missing field '{kelvinName}' (or '{calorimetricName}')"),
            _ => throw calorimetric!.Value.Error($"give '{kelvinName}' or '{calorimetricName}', not both"),
        };
    }

    private static LatticeSpec ReadLattice(ConfigNode node, int replicas)
    {
        node.RejectUnknownFields("kind", "size", "boundary", "coordination");
        var kind = node.Required("kind").Choice<LatticeKind>("lattice kind");
        int dimension = LatticeSpec.Dimension(kind);
        var sizeNode = node.Required("size");

        // A single number L means L cells along every axis.
        var size = sizeNode.Element.ValueKind == JsonValueKind.Number
            ? Enumerable.Repeat((int)sizeNode.Integer(1, int.MaxValue), dimension).ToArray()
            : sizeNode.Items().Select(i => (int)i.Integer(1, int.MaxValue)).ToArray();
        if (size.Length != dimension)
        {
            throw sizeNode.Error(
                $"a {ConfigJson.Name(kind)} lattice needs {dimension} size value(s), got {size.Length}");
        }

        var boundary = node.Optional("boundary")?.Choice<Boundary>("boundary") ?? Boundary.Periodic;
        double? coordination = null;
        if (kind == LatticeKind.AllToAll)
        {
            coordination = node.Required("coordination").PositiveNumber();
        }
        else if (node.Optional("coordination") is { } c)
        {
            throw c.Error("'coordination' applies only to the all-to-all lattice");
        }

        if (kind != LatticeKind.AllToAll && boundary == Boundary.Periodic && size.Min() < LatticeBuilder.MinimumPeriodicLength)
        {
            throw sizeNode.Error(
                $"periodic lattices need at least {LatticeBuilder.MinimumPeriodicLength} cells along each axis, " +
                $"got [{string.Join(", ", size)}]; use \"boundary\": \"open\" for thinner samples");
        }

        var spec = new LatticeSpec(kind, size, boundary, coordination);
        if (kind == LatticeKind.AllToAll && spec.SiteCount < 2)
        {
            throw sizeNode.Error("an all-to-all lattice needs at least 2 sites");
        }

        long bytes = LatticeFootprint.EstimateBytes(spec, replicas);
        long available = LatticeFootprint.AvailableBytes();
        if (spec.SiteCount > int.MaxValue || spec.AdjacencyEntryCount > int.MaxValue || bytes > available * 0.8)
        {
            throw sizeNode.Error(
                $"{spec.SiteCount.ToString("N0", CultureInfo.InvariantCulture)} sites would need about " +
                $"{Gibibytes(bytes)} GiB of memory; this machine allows {Gibibytes(available)} GiB " +
                "(and one lattice at most 2^31 − 1 sites and neighbour entries)");
        }

        return spec;
    }

    private static Protocol ReadProtocol(ConfigNode node)
    {
        string[] kinds = ["temperature-loop", "temperature-scan", "equilibrium-scan"];
        var kindNode = node.Required("kind");
        string kind = kindNode.Text();
        if (Array.IndexOf(kinds, kind) < 0)
        {
            throw kindNode.Error($"unknown protocol kind '{kind}'; expected one of: {string.Join(", ", kinds)}");
        }

        if (kind == "equilibrium-scan")
        {
            return ReadEquilibriumScan(node);
        }

        node.RejectUnknownFields(
            "kind", "temperaturesK", "fromK", "toK", "stepK", "pressureGPa", "pressureKbar", "initialState",
            "equilibrationSweeps", "sweepsPerPoint");
        var temperatures = ReadTemperatures(node);
        double pressure = ReadPressure(node);
        int equilibration = (int)(node.Optional("equilibrationSweeps")?.Integer(0, int.MaxValue) ?? 200);
        int sweeps = (int)(node.Optional("sweepsPerPoint")?.Integer(1, int.MaxValue) ?? 1000);
        var initial = node.Optional("initialState")?.Choice<InitialState>("initial state");

        if (kind == "temperature-scan")
        {
            return new TemperatureScan(temperatures, pressure)
            {
                InitialState = initial ?? InitialState.Random,
                EquilibrationSweeps = equilibration,
                SweepsPerPoint = sweeps,
            };
        }

        var loop = new TemperatureLoop(temperatures, pressure);
        return loop with
        {
            InitialState = initial ?? (loop.HeatsFirst ? InitialState.Ls : InitialState.Hs),
            EquilibrationSweeps = equilibration,
            SweepsPerPoint = sweeps,
        };
    }

    /// <summary>
    /// An equilibrium scan: the temperatures (sorted, distinct: they form the sampler's ladder), the sampler and its
    /// exchange settings. The sweep counts are ladder sweeps.
    /// </summary>
    private static EquilibriumScan ReadEquilibriumScan(ConfigNode node)
    {
        node.RejectUnknownFields(
            "kind", "temperaturesK", "fromK", "toK", "stepK", "pressureGPa", "pressureKbar", "initialState",
            "equilibrationSweeps", "sweepsPerPoint", "sampler", "exchangeEvery", "ladderSubdivisions", "finalLnF");
        var temperatures = ReadTemperatures(node);
        var sorted = temperatures.Order().ToArray();
        for (int k = 0; k + 1 < sorted.Length; k++)
        {
            if (sorted[k + 1] == sorted[k])
            {
                var at = node.Optional("temperaturesK") ?? node;
                throw at.Error(
                    $"the temperatures of an equilibrium scan form a ladder and must be distinct; " +
                    $"{sorted[k].ToString(CultureInfo.InvariantCulture)} K appears twice");
            }
        }

        var sampler = node.Optional("sampler")?.Choice<EquilibriumSampler>("equilibrium sampler")
            ?? EquilibriumSampler.ParallelTempering;
        int subdivisions = (int)(node.Optional("ladderSubdivisions")?.Integer(1, 1000) ?? 1);
        if (sorted.Length < 2 && sampler == EquilibriumSampler.ParallelTempering)
        {
            throw (node.Optional("temperaturesK") ?? node).Error(
                "parallel tempering needs a ladder of at least 2 temperatures, got 1");
        }

        return new EquilibriumScan(sorted, ReadPressure(node))
        {
            InitialState = node.Optional("initialState")?.Choice<InitialState>("initial state") ?? InitialState.Random,
            EquilibrationSweeps = (int)(node.Optional("equilibrationSweeps")?.Integer(0, int.MaxValue) ?? 1000),
            SweepsPerPoint = (int)(node.Optional("sweepsPerPoint")?.Integer(1, int.MaxValue) ?? 4000),
            Sampler = sampler,
            ExchangeEvery = (int)(node.Optional("exchangeEvery")?.Integer(1, 1_000_000) ?? 1),
            LadderSubdivisions = subdivisions,
            FinalLnF = node.Optional("finalLnF")?.PositiveNumber() is { } lnF
                ? (lnF <= 1 ? lnF : throw node.Required("finalLnF").Error(
                    $"the final Wang–Landau modification factor ln f must be at most 1 (it starts there), got " +
                    $"{lnF.ToString(CultureInfo.InvariantCulture)}"))
                : 1e-6,
        };
    }

    private static double[] ReadTemperatures(ConfigNode node)
    {
        double[] temperatures;
        if (node.Optional("temperaturesK") is { } list)
        {
            if (node.Has("fromK") || node.Has("toK") || node.Has("stepK"))
            {
                throw list.Error("give either 'temperaturesK' or 'fromK'/'toK'/'stepK', not both");
            }

            temperatures = list.Items().Select(i => i.Number()).ToArray();
            if (temperatures.Length == 0)
            {
                throw list.Error("expected at least one temperature");
            }
        }
        else
        {
            if (!node.Has("fromK") && !node.Has("toK"))
            {
                throw node.Error("missing temperatures: give 'temperaturesK' or 'fromK', 'toK' and 'stepK'");
            }

            double from = node.Required("fromK").Number();
            double to = node.Required("toK").Number();
            var stepNode = node.Optional("stepK");
            if (stepNode is null && from != to)
            {
                throw node.Error("missing field 'stepK' (the temperature step in kelvin)");
            }

            double step = stepNode?.PositiveNumber() ?? 1;
            try
            {
                temperatures = ValueRange.Inclusive(from, to, step);
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw stepNode!.Value.Error(FirstSentence(e.Message));
            }
        }

        for (int k = 0; k < temperatures.Length; k++)
        {
            if (!(temperatures[k] > 0))
            {
                // A range goes wrong at whichever end is not positive.
                string at = node.Has("temperaturesK") ? $"{node.Path}.temperaturesK[{k}]"
                    : node.Required("fromK").Number() > 0 ? $"{node.Path}.toK" : $"{node.Path}.fromK";
                throw new ConfigException(node.Source, at,
                    $"temperatures must be positive kelvin, got {temperatures[k].ToString(CultureInfo.InvariantCulture)}");
            }
        }

        return temperatures;
    }

    private static double ReadPressure(ConfigNode node)
    {
        var gpa = node.Optional("pressureGPa");
        var kbar = node.Optional("pressureKbar");
        if (gpa is { } && kbar is { } k)
        {
            throw k.Error("give 'pressureGPa' or 'pressureKbar', not both");
        }

        return gpa?.Number() ?? (kbar is { } kb ? PhysicalUnits.GPaFromKbar(kb.Number()) : 0);
    }

    private static string Gibibytes(long bytes) =>
        (bytes / (1024.0 * 1024 * 1024)).ToString("0.##", CultureInfo.InvariantCulture);

    private static string FirstSentence(string message)
    {
        int end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message.TrimEnd('.');
    }
}
