using System.Globalization;
using System.Text.Json;
using SCOModel.Core.Kinetics;
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
        ConfigLimits.Check(root.Source, model, protocol);
        if (protocol.RunsInTime && model is IsingLikeModelConfig { Kinetics: null })
        {
            throw root.Required("model").Error(
                "missing field 'kinetics' (attemptRatePerS, activationEnergyK): the protocol runs in physical time " +
                "and needs the switching rates");
        }

        return new SimulationConfig(name, seed, model, protocol, monteCarlo) { Threads = threads };
    }

    private static MonteCarloSettings ReadMonteCarlo(ConfigNode? node)
    {
        if (node is not { } mc)
        {
            return new MonteCarloSettings();
        }

        mc.RejectUnknownFields("update", "replicas", "maxEventsPerSitePerStep");
        var defaults = new MonteCarloSettings();
        return new MonteCarloSettings(
            mc.Optional("update")?.Choice<UpdateRule>("update rule") ?? defaults.Update,
            (int)(mc.Optional("replicas")?.Integer(1, MonteCarloSettings.MaxReplicas) ?? defaults.Replicas))
        {
            MaxEventsPerSitePerStep = mc.Optional("maxEventsPerSitePerStep")?.Integer(1, 1_000_000_000) ?? defaults.MaxEventsPerSitePerStep,
        };
    }

    private static ModelConfig ReadModel(ConfigNode model, int replicas)
    {
        string kind = model.Optional("kind")?.Text() ?? "ising-like";
        if (kind == "wine-rack")
        {
            return WineRackModelReader.Read(model);
        }

        if (kind == "mechanoelastic")
        {
            return MechanoelasticModelReader.Read(model);
        }

        if (kind != "ising-like")
        {
            throw model.Required("kind").Error($"unknown model kind '{kind}'; expected one of: ising-like, wine-rack, mechanoelastic");
        }

        model.RejectUnknownFields(
        [
            "kind", "deltaK", "deltaH_kJmol", "lnG", "deltaS_JmolK", "couplingK", "couplingByDirectionK",
            "longRangeK", "deltaVA3", "lattice", "kinetics", .. HeterogeneityReader.FieldNames,
        ]);

        var (deltaK, lnG) = ReadGapAndEntropy(model);
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
            Kinetics = model.Optional("kinetics") is { } kinetics ? ReadKinetics(kinetics) : null,
            Heterogeneity = HeterogeneityReader.Read(model, lattice),
            HeterogeneityFields = HeterogeneityReader.ConfigFieldsOf(model),
        };
    }

    /// <summary>The switching rates in physical time: k_∞ and E_a required, k_0 and reverse-LIESST optional.</summary>
    private static KineticParameters ReadKinetics(ConfigNode node)
    {
        node.RejectUnknownFields("attemptRatePerS", "activationEnergyK", "tunnellingRatePerS", "reverseLightRatio");
        return new KineticParameters(
            node.Required("attemptRatePerS").PositiveNumber(),
            node.Required("activationEnergyK").Number(0, double.MaxValue, "a non-negative energy in kelvin"),
            node.Optional("tunnellingRatePerS")?.Number(0, double.MaxValue, "a non-negative rate per second") ?? 0,
            node.Optional("reverseLightRatio")?.Number(0, double.MaxValue, "a non-negative ratio") ?? 0);
    }

    /// <summary>
    /// Δ and ln g of a spin-state model: `deltaK` or `deltaH_kJmol` (Δ = ΔH/R), `lnG` or `deltaS_JmolK` (ln g = ΔS/R),
    /// converted once here for every model kind.
    /// </summary>
    internal static (double DeltaK, double LnG) ReadGapAndEntropy(ConfigNode model) =>
        (OneOf(model, "deltaK", "deltaH_kJmol", PhysicalUnits.KelvinFromKJPerMol),
            OneOf(model, "lnG", "deltaS_JmolK", PhysicalUnits.LnGFromJPerMolK));

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

    private static readonly string[] SamplingFields = ["kind", "initialState", "equilibrationSweeps", "sweepsPerPoint"];

    private static Protocol ReadProtocol(ConfigNode node)
    {
        string[] kinds =
        [
            "temperature-loop", "temperature-scan", "equilibrium-scan", "pressure-loop", "phase-diagram",
            "irradiation", "relaxation", "liesst", "lith",
        ];
        var kindNode = node.Required("kind");
        string kind = kindNode.Text();
        switch (kind)
        {
            case "equilibrium-scan":
                return ReadEquilibriumScan(node);
            case "pressure-loop":
                return ReadPressureLoop(node);
            case "phase-diagram":
                return ReadPhaseDiagram(node);
            case "irradiation" or "relaxation" or "liesst" or "lith":
                return KineticProtocolReader.Read(node, kind);
            case "temperature-loop" or "temperature-scan":
                break;
            default:
                throw kindNode.Error($"unknown protocol kind '{kind}'; expected one of: {string.Join(", ", kinds)}");
        }

        node.RejectUnknownFields([.. SamplingFields, .. TemperatureGrid.Fields, "pressureGPa", "pressureKbar", "rateKPerMin"]);
        var temperatures = ReadTemperatures(node);
        double pressure = ReadPressure(node);
        var initial = node.Optional("initialState")?.Choice<InitialState>("initial state");

        if (kind == "temperature-scan")
        {
            return WithSweeps(node, new TemperatureScan(temperatures, pressure) { InitialState = initial ?? InitialState.Random });
        }

        if (kind == "temperature-scan" && node.Optional("rateKPerMin") is { } rate)
        {
            throw rate.Error("a temperature scan has no sweep rate; use a temperature-loop");
        }

        var loop = new TemperatureLoop(temperatures, pressure) { RateKPerMin = node.Optional("rateKPerMin")?.PositiveNumber() };
        return WithSweeps(node, loop with { InitialState = initial ?? (loop.HeatsFirst ? InitialState.Ls : InitialState.Hs) });
    }

    /// <summary>A pressure loop at one temperature: compression first (from HS) when the pressures rise.</summary>
    private static PressureLoop ReadPressureLoop(ConfigNode node)
    {
        node.RejectUnknownFields([.. SamplingFields, .. PressureGrid.Fields, .. PressureKbarGrid.Fields, "temperatureK"]);
        var temperatureNode = node.Required("temperatureK");
        double temperature = temperatureNode.PositiveNumber();
        var loop = new PressureLoop(ReadPressures(node), temperature);
        var initial = node.Optional("initialState")?.Choice<InitialState>("initial state");
        return WithSweeps(node, loop with { InitialState = initial ?? (loop.CompressesFirst ? InitialState.Hs : InitialState.Ls) });
    }

    /// <summary>
    /// A P–T grid: temperatures and pressures, and which of the two each line loops over ("loop": "temperature", the
    /// default, or "pressure"). The default initial state is the one the first leg of a line starts from.
    /// </summary>
    private static PhaseDiagram ReadPhaseDiagram(ConfigNode node)
    {
        node.RejectUnknownFields(
            [.. SamplingFields, .. TemperatureGrid.Fields, .. PressureGrid.Fields, .. PressureKbarGrid.Fields, "loop"]);
        var loop = node.Optional("loop")?.Choice<PhaseDiagramLoop>("phase-diagram loop") ?? PhaseDiagramLoop.Temperature;
        var diagram = new PhaseDiagram(ReadPressures(node), ReadTemperatures(node), loop);
        var first = diagram.Lines()[0];
        var initial = node.Optional("initialState")?.Choice<InitialState>("initial state") ?? first switch
        {
            TemperatureLoop t => t.HeatsFirst ? InitialState.Ls : InitialState.Hs,
            PressureLoop p => p.CompressesFirst ? InitialState.Hs : InitialState.Ls,
            _ => InitialState.Ls,
        };
        return WithSweeps(node, diagram with { InitialState = initial });
    }

    /// <summary>The sweep counts of a loop or scan protocol (defaults 200 and 1000).</summary>
    private static T WithSweeps<T>(ConfigNode node, T protocol)
        where T : Protocol => protocol with
        {
            EquilibrationSweeps = (int)(node.Optional("equilibrationSweeps")?.Integer(0, int.MaxValue) ?? 200),
            SweepsPerPoint = (int)(node.Optional("sweepsPerPoint")?.Integer(1, int.MaxValue) ?? 1000),
        };

    /// <summary>
    /// An equilibrium scan: the temperatures (sorted, distinct: they form the sampler's ladder), the sampler and its
    /// exchange settings. The sweep counts are ladder sweeps.
    /// </summary>
    private static EquilibriumScan ReadEquilibriumScan(ConfigNode node)
    {
        node.RejectUnknownFields(
            [.. SamplingFields, .. TemperatureGrid.Fields, "pressureGPa", "pressureKbar", "sampler", "exchangeEvery",
                "ladderSubdivisions", "finalLnF"]);
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

    /// <summary>The field names of a list of values given explicitly or as an inclusive range.</summary>
    internal sealed record GridFields(string List, string From, string To, string Step, string Quantity, string Unit)
    {
        public string[] Fields => [List, From, To, Step];
    }

    internal static readonly GridFields TemperatureGrid = new("temperaturesK", "fromK", "toK", "stepK", "temperature", "kelvin");
    private static readonly GridFields PressureGrid = new("pressuresGPa", "fromGPa", "toGPa", "stepGPa", "pressure", "GPa");
    private static readonly GridFields PressureKbarGrid = new("pressuresKbar", "fromKbar", "toKbar", "stepKbar", "pressure", "kbar");

    /// <summary>Temperatures (positive kelvin) from 'temperaturesK' or 'fromK'/'toK'/'stepK'.</summary>
    internal static double[] ReadTemperatures(ConfigNode node)
    {
        var temperatures = ReadGrid(node, TemperatureGrid);
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

    /// <summary>Pressures in GPa from 'pressuresGPa' or 'fromGPa'/'toGPa'/'stepGPa', or their kbar twins.</summary>
    private static double[] ReadPressures(ConfigNode node)
    {
        bool gpa = PressureGrid.Fields.Any(node.Has);
        bool kbar = PressureKbarGrid.Fields.Any(node.Has);
        if (gpa && kbar)
        {
            throw node.Error("give the pressures in GPa ('pressuresGPa' or 'fromGPa'/'toGPa'/'stepGPa') or in kbar, not both");
        }

        return kbar
            ? ReadGrid(node, PressureKbarGrid).Select(PhysicalUnits.GPaFromKbar).ToArray()
            : ReadGrid(node, PressureGrid);
    }

    private static double[] ReadGrid(ConfigNode node, GridFields grid)
    {
        if (node.Optional(grid.List) is { } list)
        {
            if (node.Has(grid.From) || node.Has(grid.To) || node.Has(grid.Step))
            {
                throw list.Error($"give either '{grid.List}' or '{grid.From}'/'{grid.To}'/'{grid.Step}', not both");
            }

            var values = list.Items().Select(i => i.Number()).ToArray();
            return values.Length > 0 ? values : throw list.Error($"expected at least one {grid.Quantity}");
        }

        if (!node.Has(grid.From) && !node.Has(grid.To))
        {
            throw node.Error(
                $"missing {grid.Quantity}s: give '{grid.List}' or '{grid.From}', '{grid.To}' and '{grid.Step}'");
        }

        double from = node.Required(grid.From).Number();
        double to = node.Required(grid.To).Number();
        var stepNode = node.Optional(grid.Step);
        if (stepNode is null && from != to)
        {
            throw node.Error($"missing field '{grid.Step}' (the {grid.Quantity} step in {grid.Unit})");
        }

        try
        {
            return ValueRange.Inclusive(from, to, stepNode?.PositiveNumber() ?? 1);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw stepNode!.Value.Error(FirstSentence(e.Message));
        }
    }

    internal static double ReadPressure(ConfigNode node)
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
