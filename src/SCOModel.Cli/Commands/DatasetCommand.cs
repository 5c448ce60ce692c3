using System.CommandLine;
using System.Globalization;
using SCOModel.Core.Configuration;
using SCOModel.Core.Results;
using SCOModel.Learning.Datasets;

namespace SCOModel.Cli.Commands;

/// <summary>
/// `sco dataset generate --samples N`: a synthetic surrogate training set, descriptors mapped (by an invented,
/// documented rule) to ΔH, ΔS, Γ, then run through the mean-field physics for T1/2 and the loop width
/// (<see cref="SurrogateDataset"/>).
/// </summary>
internal static class DatasetCommand
{
    public static Command Create()
    {
        var samples = new Option<int>("--samples") { Description = "Number of rows", Required = true };
        var seed = new Option<int?>("--seed") { Description = "Seed (default 1): the same seed gives the same table" };
        var output = new Option<string?>("--out") { Description = "The CSV (default: out/surrogate-sco.csv)" };
        var generate = new Command("generate",
            "A SYNTHETIC surrogate dataset: descriptor-like features → ΔH, ΔS, Γ → mean-field T1/2 and hysteresis width")
        {
            samples, seed, output,
        };
        generate.SetAction(parse => CommandGuard.Run(() =>
        {
            int n = parse.GetValue(samples);
            if (n is < 1 or > 1_000_000)
            {
                throw new ConfigException("command line", "--samples", $"{n} is out of range; expected 1 to 1000000");
            }

            string path = Path.GetFullPath(parse.GetValue(output) ?? Path.Combine("out", "surrogate-sco.csv"));
            var rows = SurrogateDataset.Generate(n, parse.GetValue(seed) ?? 1);
            AtomicFile.WriteAllText(path, SurrogateDataset.Format(rows));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Generated {n} synthetic compounds ({rows.Count(r => r.HysteresisK > 0)} with hysteresis); wrote {path}"));
            return ExitCodes.Success;
        }));
        return new Command("dataset", "Datasets for learning") { generate };
    }
}
