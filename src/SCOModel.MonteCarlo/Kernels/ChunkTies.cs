using System.Runtime.CompilerServices;

namespace SCOModel.MonteCarlo.Kernels;

/// <summary>
/// The sites of a chunk that a vector step left undecided because the first byte of their random word tied with the
/// threshold (1 in 256, <see cref="SpinRandom"/>): collected while the vector loops run, then decided together. The
/// sites of a chunk belong to one colour class, so none is another's neighbour: a site's spin and neighbour sum are
/// the same when it is collected and when it is decided, and deciding some sites after the others gives the same
/// result as deciding each in its turn. The refinements are drawn together, sixteen Philox calls per vector step.
/// </summary>
internal ref struct ChunkTies
{
    /// <summary>Length of the buffer the constructor takes.</summary>
    public const int BufferLength = 4 * Capacity;

    /// <summary>Ties decided at once (a multiple of the sixteen Philox calls of a vector step).</summary>
    private const int Capacity = 64;

    private readonly Span<sbyte> _spins;
    private readonly FlipThresholds _thresholds;
    private readonly SpinRandom _random;
    private readonly uint _sweep;
    private readonly int _firstSlot;
    private readonly Span<int> _buffer;
    private int _count;

    /// <summary>
    /// Ties of the chunk whose slots start at <paramref name="firstSlot"/>.
    /// </summary>
    public ChunkTies(Span<sbyte> spins, FlipThresholds thresholds, int firstSlot, in SpinRandom random, uint sweep,
        Span<int> buffer)
    {
        _spins = spins;
        _thresholds = thresholds;
        _firstSlot = firstSlot;
        _random = random;
        _sweep = sweep;
        _buffer = buffer[..BufferLength];
    }

    /// <summary>Change of M by the decided ties.</summary>
    public long Magnetisation { get; private set; }

    /// <summary>Change of Σ s_i s_j by the decided ties.</summary>
    public long BondProducts { get; private set; }

    // The buffer holds, per tie t < Capacity: [t] its slot offset, [Capacity + t] its site, [2 Capacity + t] its
    // neighbour sum; [3 Capacity + t] receives its refinement word. Entries past the count are never read as
    // positions: the Philox step that rounds the count up to sixteen only computes words from them.

    /// <summary>
    /// Adds site <paramref name="site"/>, with slot firstSlot + <paramref name="slotOffset"/> and neighbour sum
    /// <paramref name="neighbourSum"/> (the caller has it at hand, where a lookup in the neighbour lists would miss
    /// the cache).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int site, int slotOffset, int neighbourSum)
    {
        if (_count == Capacity)
        {
            Decide();
        }

        _buffer[_count] = slotOffset;
        _buffer[Capacity + _count] = site;
        _buffer[(2 * Capacity) + _count] = neighbourSum;
        _count++;
    }

    /// <summary>Decides the collected sites (call once more at the end of the chunk).</summary>
    public void Decide()
    {
        int count = _count;
        if (count == 0)
        {
            return;
        }

        var slotOffsets = _buffer[..Capacity];
        var sites = _buffer.Slice(Capacity, count);
        var neighbourSums = _buffer.Slice(2 * Capacity, count);
        var words = System.Runtime.InteropServices.MemoryMarshal.Cast<int, uint>(_buffer.Slice(3 * Capacity, Capacity));
        _random.RefinementWords(_sweep, _firstSlot, slotOffsets[..((count + 15) & ~15)], words);

        // Every collected site ties (its first byte is ⌊T / 2^24⌋), so x < T comes down to r < T mod 2^24
        // (FlipThresholds.TieTests). Locals, so that the loop does not reload them after every spin store;
        // branch-free, as the decisions are coin flips.
        var spins = _spins;
        var tests = _thresholds.TieTests;
        int maxDegree = _thresholds.MaxDegree;
        long magnetisation = 0;
        long bondProducts = 0;
        for (int t = 0; t < count; t++)
        {
            int i = sites[t];
            int s = spins[i];
            int n = neighbourSums[t];
            int test = tests[(((s + 1) >> 1) * ((2 * maxDegree) + 1)) + n + maxDegree];
            int flip = ((words[t] & 0xFF_FFFF) < (uint)(test & 0xFF_FFFF) ? 1 : 0) ^ (int)((uint)test >> 31);
            int change = -2 * s * flip;
            spins[i] = (sbyte)(s + change);
            magnetisation += change;
            bondProducts += change * n;
        }

        Magnetisation += magnetisation;
        BondProducts += bondProducts;
        _count = 0;
    }
}
