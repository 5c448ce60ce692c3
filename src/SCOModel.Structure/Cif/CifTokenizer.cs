using SCOModel.Core.Configuration;

namespace SCOModel.Structure.Cif;

/// <summary>
/// Splits CIF 1.1 text into tokens. The rules that matter for real files: a comment runs from <c>#</c> (at the start
/// of a token) to the end of the line; a quoted value ends at the matching quote followed by white space or the end of
/// the line, so <c>'O'Brien'</c> is one value; a text field starts with <c>;</c> in the first column and ends at the
/// next line that starts with <c>;</c>; the reserved words (data_, loop_, save_, global_, stop_) are case-insensitive.
/// </summary>
internal static class CifTokenizer
{
    public static List<CifToken> Tokenize(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<CifToken>();
        string[] lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        for (int l = 0; l < lines.Length; l++)
        {
            string line = lines[l];
            int start = 0;
            if (line.StartsWith(';'))
            {
                int opened = l + 1;
                var field = new List<string> { line[1..] };
                l++;
                while (l < lines.Length && !lines[l].StartsWith(';'))
                {
                    field.Add(lines[l]);
                    l++;
                }

                if (l == lines.Length)
                {
                    throw new ConfigException(source, $"line {opened}",
                        "text field opened with ';' is never closed; expected a line starting with ';'");
                }

                // A field that starts on the ';' line keeps that line; one that starts on the next line drops the
                // empty first line, which is how CIF writers lay out multi-line values.
                if (field[0].Length == 0)
                {
                    field.RemoveAt(0);
                }

                tokens.Add(new CifToken(CifTokenKind.Value, string.Join('\n', field).TrimEnd(), opened, IsQuoted: true));
                line = lines[l];
                start = 1;
            }

            ScanLine(line, start, l + 1, source, tokens);
        }

        return tokens;
    }

    private static void ScanLine(string line, int position, int lineNumber, string source, List<CifToken> tokens)
    {
        int i = position;
        while (i < line.Length)
        {
            char c = line[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (c == '#')
            {
                return;
            }

            if (c is '\'' or '"')
            {
                int close = i + 1;
                while (close < line.Length && !(line[close] == c && (close + 1 == line.Length || char.IsWhiteSpace(line[close + 1]))))
                {
                    close++;
                }

                if (close >= line.Length)
                {
                    throw new ConfigException(source, $"line {lineNumber}",
                        $"quoted value starting at column {i + 1} is never closed; expected a matching {c} before the end of the line");
                }

                tokens.Add(new CifToken(CifTokenKind.Value, line[(i + 1)..close], lineNumber, IsQuoted: true));
                i = close + 1;
                continue;
            }

            int end = i;
            while (end < line.Length && !char.IsWhiteSpace(line[end]))
            {
                end++;
            }

            tokens.Add(Classify(line[i..end], lineNumber));
            i = end;
        }
    }

    private static CifToken Classify(string word, int line)
    {
        if (word.StartsWith('_'))
        {
            return new CifToken(CifTokenKind.Tag, word, line);
        }

        if (word.StartsWith("data_", StringComparison.OrdinalIgnoreCase))
        {
            return new CifToken(CifTokenKind.DataBlock, word[5..], line);
        }

        if (word.Equals("loop_", StringComparison.OrdinalIgnoreCase))
        {
            return new CifToken(CifTokenKind.Loop, word, line);
        }

        if (word.StartsWith("save_", StringComparison.OrdinalIgnoreCase))
        {
            return new CifToken(CifTokenKind.Save, word[5..], line);
        }

        if (word.Equals("global_", StringComparison.OrdinalIgnoreCase))
        {
            return new CifToken(CifTokenKind.Global, word, line);
        }

        return word.Equals("stop_", StringComparison.OrdinalIgnoreCase)
            ? new CifToken(CifTokenKind.Stop, word, line)
            : new CifToken(CifTokenKind.Value, word, line);
    }
}
