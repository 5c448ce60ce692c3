using SCOModel.Core.Configuration;
using SCOModel.Core.Tables;
using SCOModel.MeanField.Fitting;
using SCOModel.Mechanics.Strain;
using SCOModel.Structure.Cif;
using SCOModel.Structure.Crystal;
using SCOModel.Structure.Descriptors;

namespace SCOModel.Cli.Tests.Fuzz;

/// <summary>
/// Seeded fuzzing of the input readers (issue #12): mutated versions of the shipped examples go straight into the
/// parsers, which must either return a value or throw a <see cref="ConfigException"/> naming the source. Any other
/// exception fails with the seed, the mutation index, the mutations and the input, so it can be replayed.
/// </summary>
public sealed class FuzzParserTests
{
    private const string Source = "fuzz-input";

    /// <summary>A parser that takes longer than this on one small input hangs (a loop that never ends).</summary>
    private static readonly TimeSpan Watchdog = TimeSpan.FromSeconds(10);

    public static TheoryData<string> ConfigExamples
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (string path in Directory.GetFiles(RepositoryPaths.Examples, "*.json").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(path));
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ConfigExamples))]
    public void ConfigReaderRefusesMutatedConfigsOnlyWithConfigException(string example)
    {
        string text = File.ReadAllText(Path.Combine(RepositoryPaths.Examples, example));
        Fuzz(text, FuzzFormat.Json, 1200 + example.Length, 150, input => ConfigReader.Parse(input, Source));
    }

    [Fact]
    public void FitTableReaderRefusesMutatedTablesOnlyWithConfigException()
    {
        string text = File.ReadAllText(Path.Combine(RepositoryPaths.Examples, "fit", "chiT-synthetic.csv"));
        Fuzz(text, FuzzFormat.Csv, 2001, 800, input => TransitionData.FromTable(CsvTable.Parse(input, Source)));

        string nhs = "temperature_K,n_hs,n_hs_stderr,branch\n100,0.01,0.01,heating\n150,0.5,0.02,heating\n" +
            "200,0.99,0.01,heating\n200,0.98,0.01,cooling\n150,0.6,0.02,cooling\n100,0.02,0.01,cooling\n";
        Fuzz(nhs, FuzzFormat.Csv, 2002, 400, input => TransitionData.FromTable(CsvTable.Parse(input, Source)));
    }

    [Theory]
    [InlineData("ag3co-cn6-phase2.csv")]
    [InlineData("synthetic-nlc-orthorhombic.csv")]
    public void StrainTableReaderRefusesMutatedTablesOnlyWithConfigException(string example)
    {
        string text = File.ReadAllText(Path.Combine(RepositoryPaths.Examples, "strain", example));
        Fuzz(text, FuzzFormat.Csv, 3000 + example.Length, 600, input => LatticeParameterTable.Parse(input, Source));
    }

    [Fact]
    public void CifReaderRefusesMutatedFilesOnlyWithConfigException()
    {
        string text = File.ReadAllText(Path.Combine(RepositoryPaths.Examples, "structures", "fe-ncbr6-constructed.cif"));
        Fuzz(text, FuzzFormat.Cif, 4001, 1500, input =>
        {
            var document = CifReader.Parse(input, Source);
            var structures = CrystalStructure.FromDocument(document);
            return structures.Select(s => StructureDescriptors.Of(s)).ToList();
        });
    }

    /// <summary>Runs <paramref name="count"/> seeded mutants of <paramref name="text"/> through the parser.</summary>
    internal static void Fuzz(string text, FuzzFormat format, int seed, int count, Func<string, object?> parse)
    {
        var mutator = new FuzzMutator(seed);
        for (int index = 0; index < count; index++)
        {
            var mutant = mutator.Mutate(text, format);
            string where = $"seed {seed}, mutation {index} ({mutant.Description})";
            var task = Task.Run(() => parse(mutant.Text));
            if (!((IAsyncResult)task).AsyncWaitHandle.WaitOne(Watchdog))
            {
                Assert.Fail($"{where}: still parsing after {Watchdog.TotalSeconds} s\n--- input ---\n{FuzzMutator.Show(mutant.Text)}");
            }

            if (task.Exception?.InnerException is { } e
                && !(e is ConfigException && e.Message.StartsWith(Source + ":", StringComparison.Ordinal)))
            {
                Assert.Fail($"{where}: {e.GetType().Name}: {e.Message}\n{e.StackTrace}\n--- input ---\n{FuzzMutator.Show(mutant.Text)}");
            }
        }
    }
}
