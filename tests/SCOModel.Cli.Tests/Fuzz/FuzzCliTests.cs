using System.Globalization;
using System.Text.RegularExpressions;
using SCOModel.Core.Configuration;
using SCOModel.Structure.Cif;
using SCOModel.Structure.Crystal;

namespace SCOModel.Cli.Tests.Fuzz;

/// <summary>
/// Seeded fuzzing of whole commands (issue #12): `sco run`, `fit`, `strain` and `descriptors` on mutated inputs exit
/// 0 or 2, never 1, print no stack trace, and on exit 2 write no output. Plus the regressions the fuzzer found.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed partial class FuzzCliTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("run", 5001)]
    [InlineData("fit", 5002)]
    [InlineData("strain", 5003)]
    [InlineData("descriptors", 5004)]
    public void MutatedInputsExitZeroOrTwoWithoutAStackTraceOrOutput(string command, int seed)
    {
        var (text, format, name) = command switch
        {
            "run" => (ExampleConfigs.Good, FuzzFormat.Json, "config.json"),
            "fit" => (File.ReadAllText(Path.Combine(RepositoryPaths.Examples, "fit", "chiT-synthetic.csv")), FuzzFormat.Csv, "data.csv"),
            "strain" => (File.ReadAllText(Path.Combine(RepositoryPaths.Examples, "strain", "synthetic-nlc-orthorhombic.csv")), FuzzFormat.Csv, "cells.csv"),
            _ => (File.ReadAllText(Path.Combine(RepositoryPaths.Examples, "structures", "fe-ncbr6-constructed.cif")), FuzzFormat.Cif, "s.cif"),
        };
        var mutator = new FuzzMutator(seed);
        int runs = 0;
        for (int index = 0; runs < 60 && index < 400; index++)
        {
            var mutant = mutator.Mutate(text, format);
            if (command == "run" && !Affordable(mutant.Text))
            {
                continue;
            }

            runs++;
            string input = _temp.File(name, mutant.Text);
            string output = _temp.Sub($"out{index}" + (command == "descriptors" ? ".csv" : string.Empty));
            var outcome = Sco.Run(command, input, "--out", output);
            string where = $"sco {command}, seed {seed}, mutation {index} ({mutant.Description}): exit {outcome.ExitCode}\n" +
                $"{outcome.Error}\n--- input ---\n{FuzzMutator.Show(mutant.Text)}";
            Assert.True(outcome.ExitCode is 0 or 2, where);
            Assert.DoesNotContain("   at ", outcome.Error, StringComparison.Ordinal);
            if (outcome.ExitCode == 2)
            {
                Assert.True(outcome.Error.Contains(name, StringComparison.Ordinal), where);
                Assert.False(File.Exists(output) || Directory.Exists(output), "output written on exit 2: " + where);
            }
        }

        Assert.True(runs >= 30, $"only {runs} affordable mutants");
    }

    [Fact]
    public void AMutatedConfigThatFailsLeavesAnEarlierGoodOutputUnchanged()
    {
        string output = _temp.Sub("out");
        Assert.Equal(0, Sco.Run("run", _temp.File("good.json", ExampleConfigs.Good), "--out", output).ExitCode);
        var before = Directory.GetFiles(output).ToDictionary(f => f, File.ReadAllBytes);
        var mutator = new FuzzMutator(5005);
        int failures = 0;
        for (int index = 0; failures < 10 && index < 200; index++)
        {
            var mutant = mutator.Mutate(ExampleConfigs.Good, FuzzFormat.Json);
            if (!Affordable(mutant.Text) || Parses(mutant.Text))
            {
                continue;
            }

            failures++;
            Assert.Equal(2, Sco.Run("run", _temp.File("bad.json", mutant.Text), "--out", output).ExitCode);
        }

        Assert.Equal(10, failures);
        var after = Directory.GetFiles(output).ToDictionary(f => f, File.ReadAllBytes);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (path, bytes) in before)
        {
            Assert.Equal(bytes, after[path]);
        }
    }

    [Theory]
    [InlineData("\"fromK\": 190", "\"fromK\": 18446744073709551616")]
    [InlineData("\"toK\": 210", "\"toK\": -1e308")]
    public void AGridOfTooManyPointsIsBadInputNotAnOverflow(string from, string to)
    {
        var e = Assert.Throws<ConfigException>(() =>
            ConfigReader.Parse(ExampleConfigs.Good.Replace(from, to, StringComparison.Ordinal), "grid.json"));
        Assert.Contains("grid.json: $.protocol.stepK: the range would hold", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("_cell_length_a 12.9000", "_cell_length_a 1e-5", "thin between opposite faces")]
    [InlineData("'-x, -y, -z'", "'x+99999999999/1,y,z'", "translates by 1E+11 cells")]
    [InlineData("N1 N 0.15138 0.00915", "N1 N 0.15138 99999999999999999999", "fractional coordinates of atom 'N1'")]
    public void ACifThatWouldHangTheNeighbourSearchIsBadInput(string from, string to, string expected)
    {
        string cif = File.ReadAllText(Path.Combine(RepositoryPaths.Examples, "structures", "fe-ncbr6-constructed.cif"));
        string bad = cif.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(cif, bad);
        var e = Assert.Throws<ConfigException>(() => CrystalStructure.FromDocument(CifReader.Parse(bad, "hang.cif")));
        Assert.StartsWith("hang.cif: line ", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    /// <summary>A config whose numbers are all small runs in milliseconds if it is valid at all.</summary>
    private static bool Affordable(string json) =>
        Number().Matches(json).All(m => double.TryParse(m.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double v)
            && Math.Abs(v) <= 1000);

    private static bool Parses(string json)
    {
        try
        {
            ConfigReader.Parse(json, "x");
            return true;
        }
        catch (ConfigException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"\d[\d.]*([eE][+-]?\d+)?")]
    private static partial Regex Number();
}
