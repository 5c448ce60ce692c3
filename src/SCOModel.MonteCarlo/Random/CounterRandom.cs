using System.Runtime.CompilerServices;

namespace SCOModel.MonteCarlo.Random;

/// <summary>
/// The random stream of one (seed, path, replica, purpose): the uniform number for (sweep, site) is Philox4x32-10 of
/// the counter (site, sweep, replica | purpose &lt;&lt; 16, path) under the key = seed. DESIGN.md: "every random number
/// is a pure function of (seed, replica, sweep, site, purpose)".
/// </summary>
public readonly struct CounterRandom
{
    private const double TwoToMinus32 = 1.0 / 4294967296.0;
    private readonly uint _key0;
    private readonly uint _key1;
    private readonly uint _replicaAndPurpose;
    private readonly uint _path;

    public CounterRandom(ulong seed, int path, int replica, RandomPurpose purpose)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(path);
        ArgumentOutOfRangeException.ThrowIfNegative(replica);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(replica, ushort.MaxValue);
        _key0 = (uint)seed;
        _key1 = (uint)(seed >> 32);
        _replicaAndPurpose = (uint)replica | ((uint)purpose << 16);
        _path = (uint)path;
    }

    /// <summary>A uniform number in (0, 1), never exactly 0 or 1, for one site at one sweep.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Uniform(uint sweep, int site) =>
        (Philox4x32.First((uint)site, sweep, _replicaAndPurpose, _path, _key0, _key1) + 0.5) * TwoToMinus32;
}
