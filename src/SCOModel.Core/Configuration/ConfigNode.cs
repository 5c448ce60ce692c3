using System.Globalization;
using System.Text.Json;

namespace SCOModel.Core.Configuration;

/// <summary>
/// A JSON value that knows where it is (file and JSON path), so that every complaint about it names both and says
/// what was expected.
/// </summary>
internal readonly struct ConfigNode
{
    public ConfigNode(string source, string path, JsonElement element)
    {
        Source = source;
        Path = path;
        Element = element;
    }

    public string Source { get; }

    public string Path { get; }

    public JsonElement Element { get; }

    public ConfigException Error(string problem) => new(Source, Path, problem);

    public ConfigNode Required(string name)
    {
        ExpectObject();
        return Optional(name) ?? throw Error($"missing field '{name}'");
    }

    public ConfigNode? Optional(string name)
    {
        ExpectObject();
        return Element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? new ConfigNode(Source, $"{Path}.{name}", value)
            : null;
    }

    public bool Has(string name) => Optional(name) is not null;

    /// <summary>Rejects fields this object does not know, suggesting the closest known name (typos are common).</summary>
    public void RejectUnknownFields(params string[] known)
    {
        ExpectObject();
        foreach (var property in Element.EnumerateObject())
        {
            if (Array.IndexOf(known, property.Name) >= 0)
            {
                continue;
            }

            string? suggestion = known
                .Select(k => (Name: k, Distance: EditDistance(k.ToLowerInvariant(), property.Name.ToLowerInvariant())))
                .Where(k => k.Distance <= Math.Max(2, k.Name.Length / 3))
                .OrderBy(k => k.Distance)
                .Select(k => k.Name)
                .FirstOrDefault();
            string hint = suggestion is null ? $"known fields: {string.Join(", ", known)}" : $"did you mean '{suggestion}'?";
            throw new ConfigException(Source, $"{Path}.{property.Name}", $"unknown field '{property.Name}'; {hint}");
        }
    }

    public double Number()
    {
        if (Element.ValueKind != JsonValueKind.Number || !Element.TryGetDouble(out double value) || !double.IsFinite(value))
        {
            throw Error($"expected a finite number, got {Describe()}");
        }

        return value;
    }

    public double Number(double min, double max, string expectation)
    {
        double value = Number();
        if (value < min || value > max)
        {
            throw Error($"expected {expectation}, got {value.ToString(CultureInfo.InvariantCulture)}");
        }

        return value;
    }

    public double PositiveNumber() => Number(double.Epsilon, double.MaxValue, "a positive number");

    public long Integer(long min, long max)
    {
        if (Element.ValueKind != JsonValueKind.Number || !Element.TryGetInt64(out long value))
        {
            throw Error($"expected an integer, got {Describe()}");
        }

        if (value < min || value > max)
        {
            throw Error($"expected an integer from {min} to {max}, got {value}");
        }

        return value;
    }

    public ulong UnsignedInteger()
    {
        if (Element.ValueKind != JsonValueKind.Number || !Element.TryGetUInt64(out ulong value))
        {
            throw Error($"expected a non-negative integer, got {Describe()}");
        }

        return value;
    }

    public string Text()
    {
        if (Element.ValueKind != JsonValueKind.String)
        {
            throw Error($"expected a string, got {Describe()}");
        }

        return Element.GetString()!;
    }

    /// <summary>An enum value spelt in kebab-case; an unknown one lists the valid spellings.</summary>
    public T Choice<T>(string what)
        where T : struct, Enum
    {
        string text = Text();
        foreach (var value in Enum.GetValues<T>())
        {
            if (string.Equals(ConfigJson.Name(value), text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        var valid = Enum.GetValues<T>().Select(v => ConfigJson.Name(v));
        throw Error($"unknown {what} '{text}'; expected one of: {string.Join(", ", valid)}");
    }

    public IReadOnlyList<ConfigNode> Items()
    {
        if (Element.ValueKind != JsonValueKind.Array)
        {
            throw Error($"expected an array, got {Describe()}");
        }

        var items = new List<ConfigNode>();
        int index = 0;
        foreach (var item in Element.EnumerateArray())
        {
            items.Add(new ConfigNode(Source, $"{Path}[{index++}]", item));
        }

        return items;
    }

    public string Describe() => Element.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{Element.GetString()}\"",
        JsonValueKind.Number => $"the number {Element.GetRawText()}",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.True or JsonValueKind.False => $"{Element.GetRawText()}",
        _ => "null",
    };

    private void ExpectObject()
    {
        if (Element.ValueKind != JsonValueKind.Object)
        {
            throw Error($"expected an object, got {Describe()}");
        }
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
