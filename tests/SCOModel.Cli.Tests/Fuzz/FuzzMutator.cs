using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SCOModel.Cli.Tests.Fuzz;

/// <summary>The kind of input a mutation is aware of.</summary>
public enum FuzzFormat
{
    Json,
    Csv,
    Cif,
}

/// <summary>One mutated input and how it was made (for the failure message).</summary>
public sealed record Mutant(string Text, string Description);

/// <summary>
/// A seeded mutator of text inputs: character-level mutations (delete, duplicate, swap, insert ASCII or UTF-8,
/// truncate) and structure-aware ones for JSON configs, CSV tables and CIF files. The same seed always gives the
/// same mutants, so a failure is reproduced from the seed and the mutation index in its message.
/// </summary>
public sealed partial class FuzzMutator(int seed)
{
    private static readonly string[] OddText =
    [
        "\u00e9", "\u221e", "\u2212", "\u0000", "\ufeff", "\ud83d\ude00", "\u00a0", "\t", "\r", "\n", "\"", "'", ";",
        ",", "{", "}", "[", "]", ":", "\\", "#", "_", "?", ".", "(", ")", "/", "-", "e", "E", "+",
    ];

    private static readonly string[] JsonValues =
    [
        "NaN", "Infinity", "-Infinity", "1e309", "-1e309", "-1", "0", "-0", "1e-320", "99999999999999999999999",
        "2147483648", "-2147483649", "4294967296", "9223372036854775808", "18446744073709551616", "1.5", "0.5",
        "1e18", "1e9", "\"x\"", "\"\"", "\"NaN\"", "null", "true", "false", "[]", "{}", "[1]", "[0, 0]",
        "[-1, 5]", "[1e9, 1e9]", "[2147483647, 2147483647]", "{\"kind\": \"x\"}", "\"square\"", "\"chain\"",
        "\"heating\"", "\"ising-like\"", "\"wine-rack\"", "\"mechanoelastic\"", "\"temperature-loop\"",
        "\"open\"", "\"periodic\"", "\"hs\"", "\"ls\"",
    ];

    private static readonly string[] CsvCells =
    [
        "", "abc", "NaN", "Infinity", "-Infinity", "1e309", "-1e309", "-0", "0", "-1", "1,5", "\"quoted", "\"a\"\"b\"",
        "--1", "1e-320", "99999999999999999999999", "heating", "cooling", "scan", "bogus", " 1 ", "\u2212" + "1",
        "1.2.3", "#", "0x10",
    ];

    private static readonly string[] CifValues =
    [
        "0", "-5", "1e309", "NaN", "?", ".", "10(", "10(2", "10(2)", "1e-300", "abc", "90000", "180", "0.0001",
        "360", "-90", "''", "'", "\"", ";", "_tag", "loop_", "data_", "1.0(99999999999)", "1e5", "1e-5",
        "99999999999999999999",
    ];

    private static readonly string[] SymmetryOperations =
    [
        "'x,y'", "'x+1/0,y,z'", "'a,b,c'", "'x,y,z,w'", "'2x,y,z'", "''", "'x/0,y,z'", "'x,y,z", "'x y z'",
        "'x+1e309,y,z'", "'-x,-x,-x'", "'x,x,x'", "'0,0,0'", "'x+1/2+1/3,y-,z'", "'x,,z'", "'1/2,1/2,1/2'",
        "'X,Y,Z'", "'x*2,y,z'", "'--x,y,z'", "'x+99999999999/1,y,z'",
    ];

    private readonly Random _random = new(seed);

    public int Seed { get; } = seed;

    /// <summary>One mutant of <paramref name="text"/>: one to three mutations, char-level or format-aware.</summary>
    public Mutant Mutate(string text, FuzzFormat format)
    {
        int count = 1 + _random.Next(3);
        var steps = new List<string>();
        for (int i = 0; i < count; i++)
        {
            string step;
            (text, step) = _random.Next(3) == 0 ? MutateCharacters(text) : format switch
            {
                FuzzFormat.Json => MutateJson(text),
                FuzzFormat.Csv => MutateCsv(text),
                _ => MutateCif(text),
            };
            steps.Add(step);
        }

        return new Mutant(text, string.Join("; ", steps));
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private (string, string) MutateCharacters(string text)
    {
        if (text.Length == 0)
        {
            return (Pick(OddText), "insert into empty");
        }

        int at = _random.Next(text.Length);
        int length = Math.Min(1 + _random.Next(8), text.Length - at);
        switch (_random.Next(6))
        {
            case 0:
                return (text.Remove(at, length), $"delete {length} at {at}");
            case 1:
                return (text.Insert(at, text.Substring(at, length)), $"duplicate {length} at {at}");
            case 2:
                int other = _random.Next(text.Length);
                var chars = text.ToCharArray();
                (chars[at], chars[other]) = (chars[other], chars[at]);
                return (new string(chars), $"swap {at} and {other}");
            case 3:
                char ascii = (char)_random.Next(0, 128);
                return (text.Insert(at, ascii.ToString()), $"insert U+{(int)ascii:X4} at {at}");
            case 4:
                string odd = Pick(OddText);
                return (text.Insert(at, odd), $"insert '{Escape(odd)}' at {at}");
            default:
                return (text[..at], $"truncate at {at}");
        }
    }

    private (string, string) MutateJson(string text)
    {
        switch (_random.Next(5))
        {
            case 0:
                var numbers = JsonNumber().Matches(text);
                if (numbers.Count == 0)
                {
                    return MutateCharacters(text);
                }

                var number = numbers[_random.Next(numbers.Count)];
                string value = Pick(JsonValues);
                return (Replace(text, number.Index, number.Length, value), $"number '{number.Value}' at {number.Index} -> {value}");
            case 1:
                var lines = text.Split('\n').ToList();
                int line = _random.Next(lines.Count);
                if (_random.Next(2) == 0)
                {
                    lines.RemoveAt(line);
                    return (string.Join('\n', lines), $"drop line {line + 1}");
                }

                lines.Insert(line, lines[line]);
                return (string.Join('\n', lines), $"duplicate line {line + 1}");
            default:
                return MutateJsonTree(text);
        }
    }

    private (string, string) MutateJsonTree(string text)
    {
        JsonNode? root;
        var nodes = new List<JsonNode>();
        try
        {
            root = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions
            {
                CommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
            });
            Collect(root, nodes);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            // Not JSON any more, or a duplicated key (which JsonNode refuses): mutate the characters instead.
            return MutateCharacters(text);
        }

        if (nodes.Count == 0)
        {
            return MutateCharacters(text);
        }

        var target = nodes[_random.Next(nodes.Count)];
        string path = target.GetPath();
        var parent = target.Parent!;
        string step;
        switch (_random.Next(4))
        {
            case 0 when parent is JsonObject obj:
                obj.Remove(target.GetPropertyName());
                step = $"drop {path}";
                break;
            case 1 when parent is JsonArray array:
                array.RemoveAt(target.GetElementIndex());
                step = $"drop {path}";
                break;
            case 2 when parent is JsonArray array:
                array.Add(target.DeepClone());
                step = $"duplicate {path} in its array";
                break;
            default:
                string value = Pick(JsonValues);
                var replacement = value is "NaN" or "Infinity" or "-Infinity" ? JsonValue.Create(value) : JsonNode.Parse(value);
                target.ReplaceWith(replacement);
                step = $"{path} -> {value}";
                break;
        }

        string result = root!.ToJsonString();
        if (step.EndsWith("-> NaN", StringComparison.Ordinal) || step.EndsWith("Infinity", StringComparison.Ordinal))
        {
            // A bare NaN or Infinity token, as a careless writer would put it.
            result = result.Replace("\"" + step[(step.LastIndexOf("-> ", StringComparison.Ordinal) + 3)..] + "\"",
                step[(step.LastIndexOf("-> ", StringComparison.Ordinal) + 3)..], StringComparison.Ordinal);
        }

        return (result, step);
    }

    private static void Collect(JsonNode? node, List<JsonNode> nodes)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    if (child is not null)
                    {
                        nodes.Add(child);
                        Collect(child, nodes);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (child is not null)
                    {
                        nodes.Add(child);
                        Collect(child, nodes);
                    }
                }

                break;
        }
    }

    private (string, string) MutateCsv(string text)
    {
        var lines = text.Split('\n').ToList();
        int header = lines.FindIndex(l => l.Length > 0 && !l.StartsWith('#'));
        if (header < 0)
        {
            return MutateCharacters(text);
        }

        int line = _random.Next(header, lines.Count);
        var cells = lines[line].Split(',').ToList();
        int cell = _random.Next(cells.Count);
        switch (_random.Next(9))
        {
            case 0:
                cells.RemoveAt(cell);
                lines[line] = string.Join(',', cells);
                return (string.Join('\n', lines), $"drop cell {cell} of line {line + 1}");
            case 1:
                for (int i = header; i < lines.Count; i++)
                {
                    var row = lines[i].Split(',').ToList();
                    if (cell < row.Count)
                    {
                        row.RemoveAt(cell);
                    }

                    lines[i] = string.Join(',', row);
                }

                return (string.Join('\n', lines), $"drop column {cell}");
            case 2:
            case 3:
                string value = Pick(CsvCells);
                cells[cell] = value;
                lines[line] = string.Join(',', cells);
                return (string.Join('\n', lines), $"cell {cell} of line {line + 1} -> '{Escape(value)}'");
            case 4:
                cells.Insert(cell, string.Empty);
                lines[line] = string.Join(',', cells);
                return (string.Join('\n', lines), $"extra comma in line {line + 1}");
            case 5:
                return _random.Next(3) switch
                {
                    0 => (string.Empty, "empty file"),
                    1 => (string.Join('\n', lines.Take(header + 1)), "header only"),
                    _ => (string.Join('\n', lines.Where((_, i) => i != header)), "no header"),
                };
            case 6:
                var names = lines[header].Split(',');
                names[_random.Next(names.Length)] = Pick(names);
                lines[header] = string.Join(',', names);
                return (string.Join('\n', lines), "header column renamed to a duplicate");
            case 7:
                lines.Insert(line, lines[line]);
                return (string.Join('\n', lines), $"duplicate line {line + 1}");
            default:
                int other = _random.Next(lines.Count);
                (lines[line], lines[other]) = (lines[other], lines[line]);
                return (string.Join('\n', lines), $"swap lines {line + 1} and {other + 1}");
        }
    }

    private (string, string) MutateCif(string text)
    {
        var lines = text.Split('\n').ToList();
        int line = _random.Next(lines.Count);
        switch (_random.Next(8))
        {
            case 0:
                var loops = Indices(lines, l => l.Trim() == "loop_");
                if (loops.Count == 0)
                {
                    return MutateCharacters(text);
                }

                int loop = Pick(loops);
                int what = _random.Next(3);
                if (what == 0)
                {
                    lines.RemoveAt(loop);
                    return (string.Join('\n', lines), $"drop loop_ at line {loop + 1}");
                }

                int tag = loop + 1 + _random.Next(3);
                if (what == 1 && tag < lines.Count)
                {
                    lines.RemoveAt(tag);
                    return (string.Join('\n', lines), $"drop loop line {tag + 1}");
                }

                lines.Insert(Math.Min(tag, lines.Count), "_atom_site_extra_" + _random.Next(10));
                return (string.Join('\n', lines), $"extra loop tag at line {tag + 1}");
            case 1:
                var rows = Indices(lines, l => l.Length > 0 && !l.StartsWith('_') && !l.StartsWith('#') && l.Contains(' ', StringComparison.Ordinal));
                if (rows.Count == 0)
                {
                    return MutateCharacters(text);
                }

                int r = Pick(rows);
                var words = lines[r].Split(' ').ToList();
                int word = _random.Next(words.Count);
                if (_random.Next(2) == 0)
                {
                    words.RemoveAt(word);
                }
                else
                {
                    words[word] = Pick(CifValues);
                }

                lines[r] = string.Join(' ', words);
                return (string.Join('\n', lines), $"loop row {r + 1} -> '{Escape(lines[r])}'");
            case 2:
                var quoted = Indices(lines, l => l.Contains('\'', StringComparison.Ordinal));
                if (quoted.Count == 0)
                {
                    return MutateCharacters(text);
                }

                int q = Pick(quoted);
                int last = lines[q].LastIndexOf('\'');
                lines[q] = _random.Next(2) == 0 ? lines[q].Remove(last, 1) : lines[q].Insert(last, "'x");
                return (string.Join('\n', lines), $"quote broken in line {q + 1}");
            case 3:
                var symops = Indices(lines, l => l.StartsWith('\'') && l.Contains(',', StringComparison.Ordinal));
                if (symops.Count == 0)
                {
                    return MutateCharacters(text);
                }

                int s = Pick(symops);
                lines[s] = Pick(SymmetryOperations);
                return (string.Join('\n', lines), $"symmetry line {s + 1} -> {lines[s]}");
            case 4:
                var cell = Indices(lines, l => l.StartsWith("_cell_", StringComparison.Ordinal));
                if (cell.Count == 0)
                {
                    return MutateCharacters(text);
                }

                int c = Pick(cell);
                string name = lines[c].Split(' ')[0];
                lines[c] = _random.Next(5) == 0 ? name : name + " " + Pick(CifValues);
                return (string.Join('\n', lines), $"cell line {c + 1} -> '{Escape(lines[c])}'");
            case 5:
                lines.Insert(line, _random.Next(3) switch
                {
                    0 => ";",
                    1 => "data_",
                    _ => "save_x",
                });
                return (string.Join('\n', lines), $"insert '{lines[line]}' at line {line + 1}");
            case 6:
                lines.RemoveAt(line);
                return (string.Join('\n', lines), $"drop line {line + 1}");
            default:
                lines.Insert(line, lines[line]);
                return (string.Join('\n', lines), $"duplicate line {line + 1}");
        }
    }

    private static List<int> Indices(List<string> lines, Func<string, bool> match) =>
        Enumerable.Range(0, lines.Count).Where(i => match(lines[i])).ToList();

    private static string Replace(string text, int index, int length, string value) =>
        string.Concat(text.AsSpan(0, index), value, text.AsSpan(index + length));

    private static string Escape(string text)
    {
        var builder = new StringBuilder();
        foreach (char c in text)
        {
            builder.Append(c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return builder.ToString();
    }

    /// <summary>The input, escaped for a failure message.</summary>
    public static string Show(string text) => text.Length > 4000 ? Escape(text[..4000]) + "..." : Escape(text);

    [GeneratedRegex(@"-?\b\d+(\.\d+)?([eE][+-]?\d+)?")]
    private static partial Regex JsonNumber();
}
