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
}
