using SCOModel.Core.Configuration;
using SCOModel.Structure.Cif;

namespace SCOModel.Structure.Tests.Cif;

/// <summary>The CIF 1.1 syntax: data blocks, loops, quoted values, text fields, numbers with s.u., ? and ., errors with lines.</summary>
public sealed class CifReaderTests
{
    [Fact]
    public void QuotedValuesKeepTheirSpacesAndInnerQuotes()
    {
        const string cif = """
            data_q
            _chemical_name_common   'iron(II) bis(pyrazolyl) complex'
            _journal_name_full      "Dalton Trans."
            _publ_contact_author    'O'Brien's lab'   # a quote inside a word does not close the value
            _publ_section_title     "it's # not a comment"
            """;
        var block = CifReader.Parse(cif, "q.cif").Blocks.Single();
        Assert.Equal("iron(II) bis(pyrazolyl) complex", block.Value("_chemical_name_common")!.Text);
        Assert.Equal("Dalton Trans.", block.Value("_journal_name_full")!.Text);
        Assert.Equal("O'Brien's lab", block.Value("_publ_contact_author")!.Text);
        Assert.Equal("it's # not a comment", block.Value("_publ_section_title")!.Text);
        Assert.True(block.Value("_journal_name_full")!.IsQuoted);
    }

    [Fact]
    public void SemicolonTextFieldsSpanLines()
    {
        const string cif = """
            data_t
            _publ_section_abstract
            ;
            First line of the abstract.
              Second line; with a semicolon inside.
            ;
            _cell_length_a 10.5
            _refine_special_details
            ;Starts on the semicolon line
            ; _after_field 7
            """;
        var block = CifReader.Parse(cif, "t.cif").Blocks.Single();
        Assert.Equal("First line of the abstract.\n  Second line; with a semicolon inside.", block.Value("_publ_section_abstract")!.Text);
        Assert.Equal(3, block.Value("_publ_section_abstract")!.Line);
        Assert.Equal(10.5, block.Value("_cell_length_a")!.Number!.Value.Value);
        Assert.Equal("Starts on the semicolon line", block.Value("_refine_special_details")!.Text);
        Assert.Equal(7, block.Value("_after_field")!.Number!.Value.Value);
    }

    [Theory]
    [InlineData("1.234(5)", 1.234, 0.005)]
    [InlineData("12.5(12)", 12.5, 1.2)]
    [InlineData("1234(5)", 1234, 5)]
    [InlineData("-0.0123(4)", -0.0123, 0.0004)]
    [InlineData("1.2e3(4)", 1200, 400)]
    [InlineData(".5(1)", 0.5, 0.1)]
    public void NumbersCarryTheirStandardUncertaintyInUnitsOfTheLastDigit(string text, double value, double su)
    {
        Assert.True(CifNumber.TryParse(text, out var number));
        Assert.Equal(value, number.Value, 12);
        Assert.Equal(su, number.StandardUncertainty!.Value, 12);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1.2(3")]
    [InlineData("?")]
    [InlineData("1..2")]
    public void TextIsNotANumber(string text) => Assert.False(CifNumber.TryParse(text, out _));

    [Fact]
    public void BareQuestionMarkAndDotAreUnknownAndInapplicableButQuotedOnesAreText()
    {
        const string cif = """
            data_m
            _a ?
            _b .
            _c '?'
            _d 3.0
            """;
        var block = CifReader.Parse(cif, "m.cif").Blocks.Single();
        Assert.True(block.Value("_a")!.IsUnknown);
        Assert.True(block.Value("_b")!.IsInapplicable);
        Assert.False(block.Value("_c")!.IsMissing);
        Assert.Null(block.Value("_a")!.Number);
        Assert.Equal(3.0, block.Value("_d")!.Number!.Value.Value);
        Assert.Null(block.Value("_d")!.Number!.Value.StandardUncertainty);
    }

    [Fact]
    public void BlocksAndLoopsAreReadWhateverTheLayout()
    {
        const string cif = """
            # a journal CIF: a text-only block, then two structures
            data_global
            _publ_section_title 'Two polymorphs'

            DATA_first
            loop_
            _atom_site_label _atom_site_fract_x
            _atom_site_fract_y
            Fe1 0.1 0.2 N1 0.3
            0.4
            N2 ? .
            data_second
            _Cell.Length_A 7.25(3)
            """;
        var blocks = CifReader.Parse(cif, "b.cif").Blocks;
        Assert.Equal(["global", "first", "second"], blocks.Select(b => b.Name));
        var loop = blocks[1].Loop("_atom_site_fract_y")!;
        Assert.Equal(3, loop.Rows.Count);
        Assert.Equal("N1", loop.Value(1, "_atom_site_label")!.Text);
        Assert.Equal(0.4, loop.Value(1, "_ATOM_SITE_FRACT_Y")!.Number!.Value.Value);
        Assert.Equal(10, loop.Value(1, "_atom_site_fract_y")!.Line);
        Assert.True(loop.Value(2, "_atom_site_fract_x")!.IsUnknown);
        var a = blocks[2].Value("_cell_length_a")!.Number!.Value;
        Assert.Equal(7.25, a.Value);
        Assert.Equal(0.03, a.StandardUncertainty!.Value, 12);
    }

    [Fact]
    public void ATruncatedLoopNamesItsLastLine()
    {
        const string cif = """
            data_x
            loop_
            _atom_site_label
            _atom_site_fract_x
            _atom_site_fract_y
            _atom_site_fract_z
            Fe1 0 0 0
            N1 0.2 0.0
            """;
        var e = Assert.Throws<ConfigException>(() => CifReader.Parse(cif, "x.cif"));
        Assert.Equal("x.cif", e.Source);
        Assert.Equal("line 8", e.Location);
        Assert.Contains("truncated loop", e.Problem, StringComparison.Ordinal);
        Assert.Contains("line 2", e.Problem, StringComparison.Ordinal);
        Assert.Contains("3 of 4 values", e.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("data_x\n_a 'never closed\n", "line 2", "never closed")]
    [InlineData("data_x\n_a\n;\nno end\n", "line 3", "never closed")]
    [InlineData("data_x\n_a 1\nstray\n", "line 3", "has no tag")]
    [InlineData("data_x\n_a\n_b 2\n", "line 2", "has no value")]
    [InlineData("_a 1\ndata_x\n", "line 1", "before any data block")]
    [InlineData("# nothing\n", "line 1", "no data block")]
    public void SyntaxErrorsNameTheLine(string cif, string line, string problem)
    {
        var e = Assert.Throws<ConfigException>(() => CifReader.Parse(cif, "bad.cif"));
        Assert.Equal(line, e.Location);
        Assert.Contains(problem, e.Problem, StringComparison.Ordinal);
        Assert.StartsWith("bad.cif: " + line, e.Message, StringComparison.Ordinal);
    }
}
