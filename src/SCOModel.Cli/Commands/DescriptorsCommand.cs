using System.CommandLine;
using System.Globalization;
using SCOModel.Cli.Terminal;
using SCOModel.Core.Configuration;
using SCOModel.Core.Results;
using SCOModel.Structure.Descriptors;

namespace SCOModel.Cli.Commands;

/// <summary>
/// `sco descriptors FILE.cif|DIR`: the structural descriptors of crystal structures (PHYSICS.md §7): per metal centre
/// the coordination sphere, ⟨D⟩, ζ, Δ, Σ, Θ, the spin-state guess, volume per metal and density; per structure the
/// halogen contacts and the dimensionality of their network. One table of metal centres (CSV, or JSON with
/// <c>--format json</c>) and one of contacts. A directory is read file by file: a file that cannot be read is reported
/// on stderr and skipped, the others are written, and the exit code is 2 when any failed.
/// </summary>
internal static class DescriptorsCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("structure") { Description = "A CIF file, or a directory whose *.cif files are all read" };
        var output = new Option<string?>("--out")
        {
            Description = "The metal-centre table (default: out/<name>-descriptors.csv, or .json with --format json)",
        };
        var format = new Option<string?>("--format") { Description = "csv (default) or json" };
        var contacts = new Option<string?>("--contacts")
        {
            Description = "The halogen-contact table (CSV; default: <out without extension>-contacts.csv)",
        };
        var bondTolerance = new Option<double?>("--bond-tolerance")
        {
            Description = "Relative tolerance of bonds and coordination spheres: d <= (r_cov + r_cov)(1 + t) (default 0.2)",
        };
        var contactTolerance = new Option<double?>("--contact-tolerance")
        {
            Description = "Tolerance of halogen contacts in Å: d <= r_vdW + r_vdW + t (default 0.2)",
        };
        var command = new Command("descriptors",
            "Structural descriptors of crystal structures (CIF): coordination spheres, octahedral distortion, spin-state guess, halogen contacts")
        {
            input, output, format, contacts, bondTolerance, contactTolerance,
        };
        command.SetAction(parse => CommandGuard.Run(() =>
        {
            string path = parse.GetValue(input)!;
            var options = new DescriptorOptions(
                ReadTolerance(parse.GetValue(bondTolerance), "--bond-tolerance", DescriptorOptions.DefaultBondTolerance),
                ReadTolerance(parse.GetValue(contactTolerance), "--contact-tolerance", new DescriptorOptions().ContactToleranceA));
            var (files, root) = InputFiles(path);
            bool json = ReadFormat(parse.GetValue(format), parse.GetValue(output));
            string name = Path.GetFileNameWithoutExtension(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)));
            string table = Path.GetFullPath(parse.GetValue(output)
                ?? Path.Combine("out", name + "-descriptors" + (json ? ".json" : ".csv")));
            string? contactTable = parse.GetValue(contacts) is string c ? Path.GetFullPath(c)
                : json ? null : Path.Combine(Path.GetDirectoryName(table)!, Path.GetFileNameWithoutExtension(table) + "-contacts.csv");
            return Describe(files, root, options, json, table, contactTable);
        }));
        return command;
    }

    private static int Describe(IReadOnlyList<string> files, string? root, DescriptorOptions options, bool json, string table,
        string? contactTable)
    {
        var (described, failures) = ProgressDisplay.Run($"descriptors of {files.Count} file{(files.Count == 1 ? string.Empty : "s")}",
            progress =>
            {
                var ok = new List<DescribedStructure>();
                var failed = new List<string>();
                for (int i = 0; i < files.Count; i++)
                {
                    string shown = root is null ? Path.GetFileName(files[i]) : Path.GetRelativePath(root, files[i]);
                    try
                    {
                        ok.AddRange(StructureDescriptors.OfFile(files[i], options).Select(s => new DescribedStructure(shown, s)));
                    }
                    catch (Exception e) when (e is ConfigException or IOException or UnauthorizedAccessException)
                    {
                        failed.Add(e.Message);
                    }

                    progress.Report((i + 1.0) / files.Count);
                }

                return (ok, failed);
            });

        foreach (string failure in failures)
        {
            Console.Error.WriteLine($"sco: error: {failure} (skipped)");
        }

        if (described.Count == 0)
        {
            Console.Error.WriteLine("sco: no structure could be read; nothing written");
            return ExitCodes.BadInput;
        }

        AtomicFile.WriteAllText(table, json ? DescriptorsJson.Format(described, options) : DescriptorsCsv.Format(described));
        if (contactTable is not null)
        {
            AtomicFile.WriteAllText(contactTable, ContactsCsv.Format(described));
        }

        Report(described, files.Count, failures.Count, table, contactTable);
        return failures.Count > 0 ? ExitCodes.BadInput : ExitCodes.Success;
    }

    /// <summary>The terminal summary: the counts, the files written, and a line per metal for small batches.</summary>
    private static void Report(List<DescribedStructure> described, int files, int failed, string table, string? contactTable)
    {
        var inv = CultureInfo.InvariantCulture;
        int metals = described.Sum(d => d.Descriptors.Metals.Count);
        string also = contactTable is null ? string.Empty : $" and {contactTable}";
        Console.WriteLine(string.Create(inv,
            $"{metals} metal centre{Plural(metals)} in {described.Count} structure{Plural(described.Count)} from {files - failed} of {files} file{Plural(files)}; wrote {table}{also}"));
        if (metals > 20)
        {
            return;
        }

        foreach (var (file, s) in described)
        {
            foreach (var m in s.Metals)
            {
                var o = m.Distortion;
                string distortion = o is null ? string.Empty
                    : string.Create(inv, $", Σ = {o.Sigma:F1}°, Θ = {o.Theta:F1}°");
                Console.WriteLine(string.Create(inv,
                    $"  {file} {s.Structure.Block} {m.Label}: {m.Sphere.DonorSet}, <D> = {m.MeanDistance:F3} Å{distortion}, spin {m.Spin.State}"));
            }

            if (s.IntermolecularContacts.Count > 0)
            {
                Console.WriteLine(string.Create(inv,
                    $"  {file} {s.Structure.Block}: {s.IntermolecularContacts.Count} halogen contact(s), min R_XB = {s.MinRxb:F3}, network {s.NetworkDimensionality}D"));
            }
        }
    }

    private static string Plural(int count) => count == 1 ? string.Empty : "s";

    private static (IReadOnlyList<string> Files, string? Root) InputFiles(string path)
    {
        if (Directory.Exists(path))
        {
            var files = Directory.GetFiles(path, "*", SearchOption.TopDirectoryOnly)
                .Where(f => f.EndsWith(".cif", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToList();
            if (files.Count == 0)
            {
                throw new ConfigException(path, "directory", "holds no *.cif file; expected CIF files or a CIF file's path");
            }

            return (files, Path.GetFullPath(path));
        }

        if (!File.Exists(path))
        {
            throw new ConfigException(path, "file", "does not exist; expected a CIF file or a directory of them");
        }

        return ([Path.GetFullPath(path)], null);
    }

    private static bool ReadFormat(string? format, string? output) => format switch
    {
        "json" => true,
        "csv" => false,
        null => output is not null && output.EndsWith(".json", StringComparison.OrdinalIgnoreCase),
        _ => throw new ConfigException("command line", "--format", $"unknown format '{format}'; expected csv or json"),
    };

    private static double ReadTolerance(double? value, string option, double fallback) => value switch
    {
        null => fallback,
        >= 0 and <= 1.5 => value.Value,
        _ => throw new ConfigException("command line", option, $"{value} is out of range; expected a number between 0 and 1.5"),
    };
}
