namespace SCOModel.Core.Protocols;

/// <summary>
/// Random-stream names of loops, derived from the value a loop holds fixed rather than from the loop's position in a
/// protocol: a temperature loop at 0.3 GPa walks the same stream whether it is run alone or as one line of a P–T grid,
/// so a grid equals the union of its single runs, and two lines of one grid never share a stream (different values,
/// different names; SplitMix64 finalisation makes accidental equality of two names a 2^−31 event).
/// </summary>
public static class StreamName
{
    /// <summary>The stream of a temperature loop at a fixed pressure.</summary>
    public static int AtPressure(double pressureGPa) => Name(1, pressureGPa);

    /// <summary>The stream of a pressure loop at a fixed temperature.</summary>
    public static int AtTemperature(double temperatureK) => Name(2, temperatureK);

    private static int Name(ulong kind, double value)
    {
        // +0.0 and −0.0 are the same pressure.
        ulong x = (ulong)BitConverter.DoubleToInt64Bits(value == 0 ? 0 : value) ^ (kind * 0x9E3779B97F4A7C15UL);
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        x ^= x >> 31;

        // Non-negative: the engines' path numbers are.
        return (int)(x & int.MaxValue);
    }
}
