using SCOModel.MonteCarlo.Random;

namespace SCOModel.MonteCarlo.Tests.Kernels;

/// <summary>The vectorised Philox4x32-10 (AVX-512 and AVX2) writes the words of the scalar one, in slot order.</summary>
public class PhiloxVectorTests
{
    [Theory]
    [InlineData(0u, 4)]
    [InlineData(12345u, 37)]
    [InlineData(0xFFFF_FFF0u, 64)]
    public void FillMatchesTheScalarGenerator(uint firstBlock, int blocks)
    {
        var words = new uint[4 * blocks];
        var words256 = new uint[4 * blocks];
        PhiloxVector512.Fill(firstBlock, 7, 0x0002_0003, 11, 0xDEADBEEF, 0x12345678, words);
        PhiloxVector256.Fill(firstBlock, 7, 0x0002_0003, 11, 0xDEADBEEF, 0x12345678, words256);
        Assert.Equal(words, words256);
        for (int b = 0; b < blocks; b++)
        {
            var (x0, x1, x2, x3) = Philox4x32.Generate(firstBlock + (uint)b, 7, 0x0002_0003, 11, 0xDEADBEEF, 0x12345678);
            Assert.Equal([x0, x1, x2, x3], words[(4 * b)..((4 * b) + 4)]);
        }
    }

    [Theory]
    [InlineData(0, 16)]
    [InlineData(4093, 32)]
    [InlineData(1 << 20, 48)]
    public void ScatteredWordsMatchTheScalarGenerator(int firstSlot, int count)
    {
        // Scattered offsets, every word position of a block, the last step only partly used.
        var offsets = new int[count];
        for (int i = 0; i < count; i++)
        {
            offsets[i] = ((i * 7919) + (i % 4)) % 50000;
        }

        var words = new uint[count];
        PhiloxVector512.Words(firstSlot, offsets, 7, 0x0002_0003, 11, 0xDEADBEEF, 0x12345678, words);
        for (int i = 0; i < count; i++)
        {
            int slot = firstSlot + offsets[i];
            var (x0, x1, x2, x3) = Philox4x32.Generate((uint)(slot >> 2), 7, 0x0002_0003, 11, 0xDEADBEEF, 0x12345678);
            Assert.Equal(new[] { x0, x1, x2, x3 }[slot & 3], words[i]);
        }
    }
}
