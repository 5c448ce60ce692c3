using SCOModel.Core.Configuration;

namespace SCOModel.Structure.Cif;

/// <summary>
/// Reads CIF 1.1 files (Hall, Allen &amp; Brown, Acta Cryst. 1991, A47, 655; the 1.1 syntax of the IUCr's CIF
/// specification): data blocks, single items, loops, quoted values and text fields. Save frames (dictionaries) are
/// skipped. Every syntax problem is a <see cref="ConfigException"/> naming the file, the line and what was expected.
/// </summary>
public static class CifReader
{
    /// <summary>Reads a file.</summary>
    public static CifDocument ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new ConfigException(path, "file", "does not exist");
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses CIF text; <paramref name="source"/> names it in messages.</summary>
    public static CifDocument Parse(string text, string source)
    {
        var tokens = CifTokenizer.Tokenize(text, source);
        var blocks = new List<CifDataBlock>();
        CifDataBlock? block = null;
        int i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            switch (token.Kind)
            {
                case CifTokenKind.DataBlock:
                    block = new CifDataBlock(token.Text, token.Line);
                    blocks.Add(block);
                    i++;
                    break;
                case CifTokenKind.Global:
                    block = new CifDataBlock("global_", token.Line);
                    blocks.Add(block);
                    i++;
                    break;
                case CifTokenKind.Save:
                    i = SkipSaveFrame(tokens, i, source);
                    break;
                case CifTokenKind.Stop:
                    i++;
                    break;
                case CifTokenKind.Tag:
                    i = ReadItem(tokens, i, Require(block, token, source), source);
                    break;
                case CifTokenKind.Loop:
                    i = ReadLoop(tokens, i, Require(block, token, source), source);
                    break;
                default:
                    throw new ConfigException(source, $"line {token.Line}",
                        $"{token.Describe()} has no tag; expected a tag (_name), loop_ or data_");
            }
        }

        if (blocks.Count == 0)
        {
            throw new ConfigException(source, "line 1", "no data block; expected a 'data_<name>' line (is this a CIF file?)");
        }

        return new CifDocument(source, blocks);
    }

    private static CifDataBlock Require(CifDataBlock? block, CifToken token, string source) => block
        ?? throw new ConfigException(source, $"line {token.Line}",
            $"{token.Describe()} comes before any data block; expected a 'data_<name>' line first");

    private static int ReadItem(List<CifToken> tokens, int i, CifDataBlock block, string source)
    {
        var tag = tokens[i];
        if (i + 1 >= tokens.Count || tokens[i + 1].Kind != CifTokenKind.Value)
        {
            string found = i + 1 < tokens.Count ? tokens[i + 1].Describe() : "the end of the file";
            throw new ConfigException(source, $"line {tag.Line}", $"the tag {tag.Text} has no value (found {found}); expected a value");
        }

        var value = tokens[i + 1];
        block.Add(tag.Text, new CifValue(value.Text, value.Line, value.IsQuoted));
        return i + 2;
    }

    private static int ReadLoop(List<CifToken> tokens, int i, CifDataBlock block, string source)
    {
        int loopLine = tokens[i].Line;
        i++;
        var tags = new List<string>();
        while (i < tokens.Count && tokens[i].Kind == CifTokenKind.Tag)
        {
            tags.Add(tokens[i].Text);
            i++;
        }

        if (tags.Count == 0)
        {
            throw new ConfigException(source, $"line {loopLine}", "loop_ without tags; expected one or more tags (_name) after loop_");
        }

        var values = new List<CifToken>();
        while (i < tokens.Count && tokens[i].Kind == CifTokenKind.Value)
        {
            values.Add(tokens[i]);
            i++;
        }

        if (values.Count == 0)
        {
            throw new ConfigException(source, $"line {loopLine}",
                $"loop_ with tags {Summary(tags)} has no values; expected {tags.Count} values per row");
        }

        if (values.Count % tags.Count != 0)
        {
            int complete = values.Count / tags.Count;
            var lastRowStart = values[complete * tags.Count];
            var last = values[^1];
            throw new ConfigException(source, $"line {last.Line}",
                $"truncated loop: the loop_ of line {loopLine} has {tags.Count} tags ({Summary(tags)}) but {values.Count} values; " +
                $"its last row (from line {lastRowStart.Line}) has {values.Count - (complete * tags.Count)} of {tags.Count} values");
        }

        var rows = new List<CifValue[]>(values.Count / tags.Count);
        for (int r = 0; r < values.Count; r += tags.Count)
        {
            rows.Add(values.Skip(r).Take(tags.Count).Select(v => new CifValue(v.Text, v.Line, v.IsQuoted)).ToArray());
        }

        block.Add(new CifLoop(loopLine, tags, rows));
        return i;
    }

    private static int SkipSaveFrame(List<CifToken> tokens, int i, string source)
    {
        var open = tokens[i];
        if (open.Text.Length == 0)
        {
            throw new ConfigException(source, $"line {open.Line}", "'save_' closes no save frame; expected 'save_<name>' first");
        }

        for (int j = i + 1; j < tokens.Count; j++)
        {
            if (tokens[j].Kind == CifTokenKind.Save && tokens[j].Text.Length == 0)
            {
                return j + 1;
            }
        }

        throw new ConfigException(source, $"line {open.Line}", $"save frame 'save_{open.Text}' is never closed; expected 'save_'");
    }

    private static string Summary(List<string> tags) =>
        tags.Count <= 4 ? string.Join(", ", tags) : string.Join(", ", tags.Take(3)) + $", ... {tags[^1]}";
}
