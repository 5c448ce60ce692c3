using System.Buffers;
using SCOModel.MonteCarlo.Random;

namespace SCOModel.MonteCarlo.Kernels;

/// <summary>
/// The random words of a chunk's slots firstSlot .. firstSlot + count − 1 at one sweep, generated at once by the
/// vectorised Philox (whole blocks of four, from the block holding the first slot) into a buffer the caller provides:
/// on its stack for a chunk of <see cref="SweepSchedule.ChunkSize"/> sites, rented otherwise. Word k belongs to slot
/// firstSlot + k, exactly as <see cref="CounterRandom.Block"/> numbers them.
/// </summary>
internal static class ChunkRandomWords
{
    /// <summary>The longest buffer worth keeping on the stack (16 KiB: a full chunk plus a block either side).</summary>
    public const int StackLimit = SweepSchedule.ChunkSize + 8;

    /// <summary>Buffer length for a chunk: whole blocks covering its slots.</summary>
    public static int BufferLength(int firstSlot, int count) =>
        count == 0 ? 0 : 4 * (((firstSlot + count - 1) >> 2) - (firstSlot >> 2) + 1);

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

    /// <summary>Fills the buffer (of <see cref="BufferLength"/>) and returns the chunk's words, one per site.</summary>
    public static ReadOnlySpan<uint> Fill(CounterRandom random, uint sweep, int firstSlot, int count, Span<uint> buffer)
    {
        if (count == 0)
        {
            return default;
        }

        random.Fill(sweep, firstSlot >> 2, buffer);
        return buffer.Slice(firstSlot & 3, count);
    }
}
