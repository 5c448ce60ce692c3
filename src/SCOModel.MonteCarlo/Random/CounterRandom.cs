using System.Runtime.CompilerServices;

namespace SCOModel.MonteCarlo.Random;

/// <summary>
/// The random stream of one (seed, path, replica, purpose). One Philox4x32-10 call under the key = seed, on the counter
/// (block, sweep, replica | purpose &lt;&lt; 16, path), gives four 32-bit words: the uniforms of slots 4 block .. 4 block + 3.
/// A slot is a fixed number per site (its rank in the sweep order), so every random number is a pure function of
/// (seed, path, replica, sweep, site, purpose), as DESIGN.md requires, and one call serves four sites.
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

    /// <summary>A uniform number in (0, 1), never exactly 0 or 1, for one slot at one sweep.</summary>
    public double Uniform(uint sweep, int slot)
    {
        var block = Block(sweep, slot >> 2);
        return block.Uniform(slot & 3);
    }

    /// <summary>The random word of one slot at one sweep (the word whose uniform <see cref="Uniform"/> returns).</summary>
    public uint Word(uint sweep, int slot)
    {
        var block = Block(sweep, slot >> 2);
        return (slot & 3) switch { 0 => block.X0, 1 => block.X1, 2 => block.X2, _ => block.X3 };
    }

    /// <summary>The four uniforms of slots 4 block .. 4 block + 3 at one sweep.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public UniformBlock Block(uint sweep, int block)
    {
        var (x0, x1, x2, x3) = Philox4x32.Generate((uint)block, sweep, _replicaAndPurpose, _path, _key0, _key1);
        return new UniformBlock(x0, x1, x2, x3);
    }

    /// <summary>
    /// The random words of blocks firstBlock .. firstBlock + words.Length/4 − 1 at one sweep, in slot order
    /// (words[4 b + k] belongs to slot 4 (firstBlock + b) + k), vectorised where the hardware allows.
    /// </summary>
    public void Fill(uint sweep, int firstBlock, Span<uint> words)
    {
        if (PhiloxVector512.IsSupported)
        {
            PhiloxVector512.Fill((uint)firstBlock, sweep, _replicaAndPurpose, _path, _key0, _key1, words);
        }
        else
        {
            PhiloxVector256.Fill((uint)firstBlock, sweep, _replicaAndPurpose, _path, _key0, _key1, words);
        }
    }

    /// <summary>
    /// The random words of scattered slots at one sweep: words[i] is <see cref="Word"/> of slot firstSlot + offsets[i],
    /// sixteen Philox calls per vector step where the hardware allows (both spans hold whole steps of sixteen, see
    /// <see cref="PhiloxVector512.Words"/>).
    /// </summary>
    public void Words(uint sweep, int firstSlot, ReadOnlySpan<int> offsets, Span<uint> words) =>
        PhiloxVector512.Words(firstSlot, offsets, sweep, _replicaAndPurpose, _path, _key0, _key1, words);

    /// <summary>Four random words and their uniforms in (0, 1).</summary>
    public readonly record struct UniformBlock(uint X0, uint X1, uint X2, uint X3)
    {
        /// <summary>The uniform of word k (0..3), never exactly 0 or 1.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public double Uniform(int k) => (k switch { 0 => X0, 1 => X1, 2 => X2, _ => X3 } + 0.5) * TwoToMinus32;
    }
}
