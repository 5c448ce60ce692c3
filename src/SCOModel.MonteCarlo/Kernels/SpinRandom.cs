using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SCOModel.MonteCarlo.Random;

namespace SCOModel.MonteCarlo.Kernels;

/// <summary>
/// The random numbers of single-spin updates, drawn lazily. Every update decision is a test x &lt; T on a uniform
/// 32-bit word x (<see cref="FlipThresholds"/>), and a test almost always settles on the first byte of x, so a site
/// draws only that byte from the first stream (purpose <see cref="RandomPurpose.SpinUpdate"/>: one Philox4x32-10
/// call serves 16 slots, byte j of word k of block b being slot 16 b + 4 k + j) and draws the other 24 bits from the
/// refinement stream (purpose <see cref="RandomPurpose.SpinRefinement"/>, the low 24 bits of the slot's word) only
/// when the first byte ties with the threshold. Both are pure functions of (seed, path, replica, sweep, slot), so the
/// decisions are too, whatever the kernel, the order or the thread.
/// <para>
/// Exactness. Let b be the first byte and r the refinement of a slot, and x = 2^24 b + r the word they form, uniform on
/// [0, 2^32) because b and r are independent uniforms (outputs of distinct Philox counters). Write the threshold
/// T ∈ [0, 2^32] as T = 2^24 t + l with t = ⌊T / 2^24⌋ ∈ [0, 256] and l &lt; 2^24. Numeric order of x is the
/// lexicographic order of (b, r), so x &lt; T exactly when b &lt; t, or b = t and r &lt; l.
/// <see cref="Below(ulong, byte, uint, int)"/> evaluates this predicate of x, reading r only in the second case
/// (probability 1/256, and never when l = 0, where the second clause is false for every r). The decision is therefore not merely equal in distribution to the 32-bit test
/// (P = T / 2^32): it is that test on the word x, which every kernel forms from the same two streams. The ends need no
/// special case: T = 2^32 gives t = 256 &gt; b (always true, no draw) and T = 0 gives t = l = 0 (always false, no draw).
/// </para>
/// <para>
/// Why a byte: it makes the random numbers 4 times cheaper than a full word (16 first bytes per Philox call), and the
/// vector loops compare it with ⌊T / 2^24⌋ ∈ [0, 256] in 16-bit lanes with room for a sign. A 16-bit first draw would
/// make ties 256 times rarer but double the Philox work, which costs about as much as the ties save (estimated from
/// the profile of the byte version, not measured); the vector loops defer the ties to <see cref="ChunkTies"/>.
/// </para>
/// </summary>
internal readonly struct SpinRandom
{
    /// <summary>Slots per Philox call in the first-byte stream.</summary>
    public const int SlotsPerBlock = 16;

    /// <summary>The longest buffer worth keeping on the stack, in words (a full chunk plus a block either side).</summary>
    public const int StackLimit = (SweepSchedule.ChunkSize / 4) + 8;

    private readonly CounterRandom _first;
    private readonly CounterRandom _refinement;

    public SpinRandom(ulong seed, int path, int replica)
    {
        _first = new CounterRandom(seed, path, replica, RandomPurpose.SpinUpdate);
        _refinement = new CounterRandom(seed, path, replica, RandomPurpose.SpinRefinement);
    }

    /// <summary>Buffer length in words for a chunk of slots firstSlot .. firstSlot + count − 1: whole blocks covering them.</summary>
    public static int BufferLength(int firstSlot, int count) =>
        count == 0 ? 0 : 4 * (((firstSlot + count - 1) / SlotsPerBlock) - (firstSlot / SlotsPerBlock) + 1);

    /// <summary>A pooled buffer for chunks longer than <see cref="StackLimit"/> (return it with <see cref="Return"/>).</summary>
    public static uint[] Rent(int length) => ArrayPool<uint>.Shared.Rent(length);

    /// <summary>Gives a rented buffer back; null is ignored.</summary>
    public static void Return(uint[]? rented)
    {
        if (rented is not null)
        {
            ArrayPool<uint>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Fills the buffer (of <see cref="BufferLength"/> words) by the vectorised Philox and returns the first bytes of
    /// slots firstSlot .. firstSlot + count − 1: byte k belongs to slot firstSlot + k.
    /// </summary>
    public ReadOnlySpan<byte> FirstBytes(uint sweep, int firstSlot, int count, Span<uint> buffer)
    {
        if (count == 0)
        {
            return default;
        }

        _first.Fill(sweep, firstSlot / SlotsPerBlock, buffer);
        return MemoryMarshal.AsBytes(buffer).Slice(firstSlot % SlotsPerBlock, count);
    }

    /// <summary>The first byte of one slot, as <see cref="FirstBytes"/> returns it (for tests and single draws).</summary>
    public byte FirstByte(uint sweep, int slot) => (byte)(_first.Word(sweep, slot / 4) >> (8 * (slot % 4)));

    /// <summary>The low 24 bits of the slot's word: r, drawn only when the first byte ties with the threshold.</summary>
    public uint Refinement(uint sweep, int slot) => _refinement.Word(sweep, slot) & 0xFF_FFFF;

    /// <summary>
    /// The words of the refinement stream of slots firstSlot + offsets[i] (their low 24 bits are the refinements),
    /// computed together by the vectorised Philox; both spans hold whole steps of sixteen.
    /// </summary>
    public void RefinementWords(uint sweep, int firstSlot, ReadOnlySpan<int> offsets, Span<uint> words) =>
        _refinement.Words(sweep, firstSlot, offsets, words);

    /// <summary>
    /// x &lt; T for the word x = 2^24 first + r of the slot, T ∈ [0, 2^32]; r is drawn only when first = ⌊T / 2^24⌋
    /// and T mod 2^24 &gt; 0 (see the type's remarks for why this is exact).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Below(ulong threshold, byte first, uint sweep, int slot)
    {
        bool below = first < (uint)(threshold >> 24);
        if (first == (uint)(threshold >> 24))
        {
            below = TieBelow(threshold, first, sweep, slot);
        }

        return below;
    }

    /// <summary>
    /// x &lt; T for x = 2^24 first + refinement (refinement &lt; 2^24), T ∈ [0, 2^32]: the pair (first, refinement)
    /// compared with (⌊T / 2^24⌋, T mod 2^24) in lexicographic order, the definition that the lazy evaluations
    /// (<see cref="Below(ulong, byte, uint, int)"/>, <see cref="FlipThresholds.TieTests"/>) follow.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Below(ulong threshold, byte first, uint refinement)
    {
        // Non-short-circuit operators: the comparisons are coin flips that branches would mispredict.
        uint top = (uint)(threshold >> 24);
        return (first < top) | ((first == top) & (refinement < ((uint)threshold & 0xFF_FFFF)));
    }

    /// <summary>The rare tie (probability 1/256), out of line so that the common path stays small.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TieBelow(ulong threshold, byte first, uint sweep, int slot) =>
        (threshold & 0xFF_FFFF) != 0 && Below(threshold, first, Refinement(sweep, slot));
}
