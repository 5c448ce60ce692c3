using SCOModel.Core.Configuration;
using SCOModel.Core.Units;
using SCOModel.Mechanics.Strain;

namespace SCOModel.Mechanics.Tests.Strain;

/// <summary>Reading lattice parameters from CSV, and what is refused with the file, the line and the column.</summary>
public sealed class LatticeParameterTableTests
{
    private const string Header = "pressure_GPa,a_A,b_A,c_A,alpha_deg,beta_deg,gamma_deg";

    [Fact]
    public void ReadsPressuresCellsAndStandardErrors()
    {
        var table = LatticeParameterTable.Parse(
            "# a comment\n" + Header + ",a_A_stderr,pressure_GPa_stderr,phase\n" +
            "0.1,10,12,15,90,90,90,0.001,0.05,II\n0.5,9.9,11.8,14.9,90,90,90,,0.05,II\n1.0,9.8,11.6,14.8,90,90,90,0.002,0.05,II\n",
            "cells.csv");
        Assert.Same(StrainVariable.Pressure, table.Variable);
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal(3, table.Rows[0].Line);
        Assert.Equal(0.001, table.Rows[0].CellStdErr[0]);
        Assert.Equal(0, table.Rows[1].CellStdErr[0]);
        Assert.Equal(0.05, table.Rows[2].VariableStdErr);
        Assert.True(table.HasUncertainties);
    }

    [Fact]
    public void KilobarsAreConvertedToGigapascals()
    {
        var table = LatticeParameterTable.Parse(
            "pressure_kbar,a_A,b_A,c_A,alpha_deg,beta_deg,gamma_deg,pressure_kbar_stderr\n" +
            "0,10,12,15,90,90,90,0.5\n5,9.9,11.8,14.9,90,90,90,0.5\n10,9.8,11.6,14.8,90,90,90,0.5\n", "kbar.csv");
        Assert.Same(StrainVariable.Pressure, table.Variable);
        Assert.Equal(PhysicalUnits.GPaFromKbar(10), table.Rows[2].Variable, 12);
        Assert.Equal(0.05, table.Rows[2].VariableStdErr, 12);
    }

    [Fact]
    public void AMissingCellColumnIsNamedWithWhatIsExpected()
    {
        var e = Refused("pressure_GPa,a_A,b_A,alpha_deg,beta_deg,gamma_deg\n0,1,1,90,90,90\n1,1,1,90,90,90\n2,1,1,90,90,90\n");
        Assert.Contains("bad.csv: line 1", e.Message);
        Assert.Contains("c_A", e.Message);
        Assert.Contains("expected", e.Message);
    }

    [Fact]
    public void NoVariableColumnOrTwoAreRefused()
    {
        Assert.Contains("pressure_GPa", Refused("a_A,b_A,c_A,alpha_deg,beta_deg,gamma_deg\n10,12,15,90,90,90\n").Message);
        var both = Refused("pressure_GPa,temperature_K,a_A,b_A,c_A,alpha_deg,beta_deg,gamma_deg\n0,300,10,12,15,90,90,90\n");
        Assert.Contains("exactly one", both.Message);
    }

    [Fact]
    public void ABadNumberNamesItsLineAndColumn()
    {
        var e = Refused(Header + "\n0,10,12,15,90,90,90\n1,9.9,twelve,14.9,90,90,90\n2,9.8,11.6,14.8,90,90,90\n");
        Assert.Contains("bad.csv: line 3, column b_A", e.Message);
    }

    [Fact]
    public void FewerThanThreeRowsAreRefused()
    {
        var e = Refused(Header + "\n0,10,12,15,90,90,90\n1,9.9,11.8,14.9,90,90,90\n");
        Assert.Contains("bad.csv: line 1", e.Message);
        Assert.Contains("at least 3 rows", e.Message);
    }

    [Fact]
    public void ImpossibleAnglesNameTheirLine()
    {
        var e = Refused(Header + "\n0,10,12,15,90,90,90\n1,9.9,11.8,14.9,20,20,90\n2,9.8,11.6,14.8,90,90,90\n");
        Assert.Contains("bad.csv: line 3, column alpha_deg, beta_deg, gamma_deg", e.Message);
        Assert.Contains("positive definite", e.Message);
    }

    [Fact]
    public void ANegativeLengthOrStandardErrorIsRefused()
    {
        Assert.Contains("line 2, column a_A", Refused(Header + "\n0,-10,12,15,90,90,90\n1,9.9,11.8,14.9,90,90,90\n2,9.8,11.6,14.8,90,90,90\n").Message);
        Assert.Contains("line 3, column c_A_stderr",
            Refused(Header + ",c_A_stderr\n0,10,12,15,90,90,90,0.1\n1,9.9,11.8,14.9,90,90,90,-0.1\n2,9.8,11.6,14.8,90,90,90,0.1\n").Message);
    }

    [Fact]
    public void AllRowsAtOnePressureAreRefused() =>
        Assert.Contains("two different values",
            Refused(Header + "\n1,10,12,15,90,90,90\n1,9.9,11.8,14.9,90,90,90\n1,9.8,11.6,14.8,90,90,90\n").Message);

    private static ConfigException Refused(string csv) =>
        Assert.Throws<ConfigException>(() => LatticeParameterTable.Parse(csv, "bad.csv"));
}
