using SCOModel.Core.Configuration;
using SCOModel.Core.Lattices;
using SCOModel.Core.Models;
using SCOModel.MonteCarlo.Kernels;
using SCOModel.MonteCarlo.Random;

namespace SCOModel.MonteCarlo.Tests.Kernels;

/// <summary>
/// The lazy test of <see cref="SpinRandom"/>: a site's decision x &lt; T is taken on the first byte b of its word and,
/// only where b = ⌊T / 2^24⌋, on the 24-bit refinement r; it must be exactly the test on the word x = 2^24 b + r, in
/// the scalar form, in the forms the vector loops use (<see cref="FlipThresholds.FirstByteTest"/>,
/// <see cref="FlipThresholds.TieTests"/>) and in every kernel, the tied lanes included.
/// </summary>
public class LazyDecisionTests
{
    private const ulong TwoTo24 = 1UL << 24;
    private const ulong TwoTo32 = 1UL << 32;

    public static IEnumerable<ulong> Thresholds()
    {
        ulong[] chosen =
        [
            0, 1, TwoTo24 - 1, TwoTo24, TwoTo24 + 1, (5 * TwoTo24) + 123_456, 1UL << 31, (255 * TwoTo24) + 1,
            TwoTo32 - 1, TwoTo32,
        ];
        var random = new System.Random(11);
        return chosen.Concat(Enumerable.Range(0, 100).Select(_ => (ulong)random.NextInt64(0, (long)TwoTo32 + 1)));
    }

    [Fact]
    public void LazyTestIsTheWordTestForEveryFirstByte()
    {
        var random = new System.Random(3);
        foreach (ulong threshold in Thresholds())
        {
            ulong low = threshold % TwoTo24;
            var refinements = new List<ulong> { 0, 1, TwoTo24 - 1, low, low + 1 };
            if (low > 0)
            {
                refinements.Add(low - 1);
            }

            refinements.AddRange(Enumerable.Range(0, 4).Select(_ => (ulong)random.Next(0, 1 << 24)));
            for (int b = 0; b < 256; b++)
            {
                foreach (ulong r in refinements.Where(r => r < TwoTo24))
                {
                    ulong word = ((ulong)b << 24) | r;
                    Assert.Equal(word < threshold, SpinRandom.Below(threshold, (byte)b, (uint)r));
                }
            }
        }
    }

    [Fact]
    public void LazyTestAcceptsExactlyTWordsOutOfTwoTo32()
    {
        // For each first byte the accepted refinements are an initial run [0, m); their total is the number of words
        // below T, which is T: the distribution of the 32-bit test, P = T / 2^32.
        foreach (ulong threshold in Thresholds())
        {
            ulong accepted = 0;
            for (int b = 0; b < 256; b++)
            {
                ulong lo = 0, hi = TwoTo24;
                while (lo < hi)
                {
                    ulong mid = (lo + hi) / 2;
                    if (SpinRandom.Below(threshold, (byte)b, (uint)mid))
                    {
                        lo = mid + 1;
                    }
                    else
                    {
                        hi = mid;
                    }
                }

                if (lo > 0)
                {
                    Assert.True(SpinRandom.Below(threshold, (byte)b, (uint)(lo - 1)));
                    Assert.True(SpinRandom.Below(threshold, (byte)b, 0));
                }

                accepted += lo;
            }

            Assert.Equal(threshold, accepted);
        }
    }

    [Fact]
    public void StreamTestDrawsTheRefinementOfItsSlotOnTies()
    {
        var random = new SpinRandom(20261121, 2, 5);
        var values = new System.Random(8);
        for (uint sweep = 0; sweep < 3; sweep++)
        {
            for (int slot = 0; slot < 3000; slot++)
            {
                byte first = random.FirstByte(sweep, slot);
                uint r = random.Refinement(sweep, slot);
                ulong word = ((ulong)first << 24) | r;

                // A threshold whose top byte is the slot's first byte forces the tie, a random one rarely does.
                ulong tied = ((ulong)first << 24) + (ulong)values.Next(0, 1 << 24);
                ulong any = (ulong)values.NextInt64(0, (long)TwoTo32 + 1);
                Assert.Equal(word < tied, random.Below(tied, first, sweep, slot));
                Assert.Equal(word < any, random.Below(any, first, sweep, slot));
            }
        }
    }

    [Theory]
    [InlineData(0, 4096)]
    [InlineData(13, 1000)]
    [InlineData(4099, 37)]
    public void FirstBytesAreTheBytesOfTheSlotWords(int firstSlot, int count)
    {
        // One word of the first stream serves 4 slots: byte j of the word of slot s / 4 is slot s's first byte.
        var random = new SpinRandom(42, 1, 0);
        var words = new CounterRandom(42, 1, 0, RandomPurpose.SpinUpdate);
        var buffer = new uint[SpinRandom.BufferLength(firstSlot, count)];
        var bytes = random.FirstBytes(9, firstSlot, count, buffer);
        Assert.Equal(count, bytes.Length);
        for (int k = 0; k < count; k++)
        {
            int slot = firstSlot + k;
            Assert.Equal((byte)(words.Word(9, slot / 4) >> (8 * (slot % 4))), bytes[k]);
            Assert.Equal(bytes[k], random.FirstByte(9, slot));
        }

        var refinements = new CounterRandom(42, 1, 0, RandomPurpose.SpinRefinement);
        Assert.Equal(refinements.Word(9, firstSlot) & 0xFF_FFFF, random.Refinement(9, firstSlot));
    }

    [Fact]
    public void FirstBytesAndRefinementsAreUniform()
    {
        // χ² of 256 byte counts (255 degrees of freedom; 99.9 % quantile ≈ 330) and of the refinements' top bytes.
        var random = new SpinRandom(7, 0, 0);
        var buffer = new uint[SpinRandom.BufferLength(0, 1 << 16)];
        var firstCounts = new long[256];
        var refinementCounts = new long[256];
        for (uint sweep = 0; sweep < 8; sweep++)
        {
            foreach (byte b in random.FirstBytes(sweep, 0, 1 << 16, buffer))
            {
                firstCounts[b]++;
            }

            for (int slot = 0; slot < 1 << 13; slot++)
            {
                refinementCounts[random.Refinement(sweep, slot) >> 16]++;
            }
        }

        static double ChiSquare(long[] counts)
        {
            double expected = counts.Sum() / 256.0;
            return counts.Sum(c => (c - expected) * (c - expected) / expected);
        }

        Assert.InRange(ChiSquare(firstCounts), 180, 330);
        Assert.InRange(ChiSquare(refinementCounts), 180, 330);
    }

    [Theory]
    [InlineData(UpdateRule.Metropolis)]
    [InlineData(UpdateRule.HeatBath)]
    public void VectorFormsOfTheTestDecideLikeTheWord(UpdateRule rule)
    {
        foreach (double t in new[] { 20.0, 150, 200, 260, 2000 })
        {
            var thresholds = Conditions(t, rule).Table!.Thresholds;
            for (int index = 0; index < thresholds.Count; index++)
            {
                ulong threshold = thresholds.Thresholds[index];
                bool invert = thresholds.Invert[index];
                uint top = (uint)(threshold >> 24);

                // First-byte test v with sign m: lanes with (b ^ m) ≠ v flip when (b ^ m) < v; the others tie.
                short v = thresholds.FirstByteTest(index);
                int m = v >> 15;
                for (int b = 0; b < 256; b++)
                {
                    int signed = b ^ m;
                    Assert.Equal(b == top, signed == v);
                    if (b != top)
                    {
                        Assert.Equal(SpinRandom.Below(threshold, (byte)b, 0) != invert, signed < v);
                    }
                }

                // Tie test: for b = ⌊T / 2^24⌋, r < T mod 2^24 with the inversion in the sign bit.
                if (top < 256)
                {
                    int tie = thresholds.TieTests[index];
                    foreach (uint r in new uint[] { 0, 1, 1 << 23, (1 << 24) - 1, (uint)(threshold & 0xFF_FFFF) })
                    {
                        bool flips = (r < (uint)(tie & 0xFF_FFFF)) != (tie < 0);
                        Assert.Equal(SpinRandom.Below(threshold, (byte)top, r) != invert, flips);
                    }
                }
            }
        }
    }

    public static TheoryData<UpdateRule, double> KernelCases() => new()
    {
        { UpdateRule.Metropolis, 150 }, { UpdateRule.Metropolis, 230 }, { UpdateRule.HeatBath, 150 },
        { UpdateRule.HeatBath, 230 },
    };

    [Theory]
    [MemberData(nameof(KernelCases))]
    public void EveryKernelDecidesEverySiteByItsFullWord(UpdateRule rule, double temperatureK)
    {
        // Square 128 x 64: a chunk of 4096 sites of each colour. The reference decides each site from its word
        // x = 2^24 b + r built from the two streams; every kernel must reach the same spins, tied lanes included.
        var model = Model(out var lattice);
        var conditions = SweepConditions.At(model, temperatureK, 0, rule);
        var thresholds = conditions.Table!.Thresholds;
        var schedule = SweepSchedule.For(lattice);
        var random = new SpinRandom(20261121, 0, 1);
        var start = new sbyte[lattice.SiteCount];
        var values = new System.Random(4);
        for (int i = 0; i < start.Length; i++)
        {
            start[i] = values.Next(4) == 0 ? (sbyte)-1 : (sbyte)1;
        }

        int ties = 0;
        var refinementOutcomes = new HashSet<bool>();
        foreach (var chunks in schedule.ChunksByClass)
        {
            foreach (var chunk in chunks)
            {
                for (uint sweep = 0; sweep < 3; sweep++)
                {
                    var expected = (sbyte[])start.Clone();
                    for (int k = 0; k < chunk.Sites.Length; k++)
                    {
                        int site = chunk.Sites[k];
                        int slot = chunk.FirstSlot + k;
                        int s = expected[site];
                        int n = 0;
                        foreach (int j in lattice.NeighboursOf(site))
                        {
                            n += expected[j];
                        }

                        int index = thresholds.Index(s, n);
                        ulong threshold = thresholds.Thresholds[index];
                        byte first = random.FirstByte(sweep, slot);
                        uint r = random.Refinement(sweep, slot);
                        bool below = (((ulong)first << 24) | r) < threshold;
                        if (first == threshold >> 24)
                        {
                            ties++;
                            refinementOutcomes.Add(below);
                        }

                        if (below != thresholds.Invert[index])
                        {
                            expected[site] = (sbyte)-s;
                        }
                    }

                    var expectedMoments = Difference(model, start, expected);
                    foreach (var (name, update) in Kernels(model, schedule, chunk, conditions, random, sweep))
                    {
                        var spins = (sbyte[])start.Clone();
                        var moments = update(spins);
                        Assert.True(expected.AsSpan().SequenceEqual(spins), $"{name}: spins differ (sweep {sweep})");
                        Assert.Equal(expectedMoments.Magnetisation, moments.Magnetisation);
                        Assert.Equal(expectedMoments.BondProductSum, moments.BondProductSum);
                    }
                }
            }
        }

        // 6 chunk-sweeps of 4096 sites: a tie for 1 site in 256 of those whose test is not trivial (T < 2^32), both
        // refinement outcomes.
        Assert.InRange(ties, 20, 200);
        Assert.Equal(2, refinementOutcomes.Count);
    }

    private static (long Magnetisation, long BondProductSum) Difference(IsingLikeModel model,
        sbyte[] before, sbyte[] after)
    {
        var a = model.Measure(before);
        var b = model.Measure(after);
        return (b.Magnetisation - a.Magnetisation, b.BondProductSum - a.BondProductSum);
    }

    private static IEnumerable<(string Name, Func<sbyte[], ConfigurationMoments> Update)> Kernels(IsingLikeModel model,
        SweepSchedule schedule, SweepChunk chunk, SweepConditions conditions, SpinRandom random, uint sweep)
    {
        var lattice = model.Lattice;
        var thresholds = conditions.Table!.Thresholds;
        var couplings = model.EntryCouplingsK.ToArray();
        yield return ("scalar", spins => SingleSpinKernel.Update(chunk.Sites, chunk.FirstSlot, spins, lattice.Offsets,
            lattice.Neighbours, couplings, conditions, 0, random, sweep));
        foreach (var width in new[] { CheckerboardWidth.Vector512, CheckerboardWidth.Vector256 })
        {
            if (width == CheckerboardWidth.Vector512 ? CheckerboardWindows512.IsSupported : CheckerboardWindows256.IsSupported)
            {
                var kernel = HypercubicCheckerboardKernel.For(lattice, width)!;
                yield return ($"checkerboard {width}", spins =>
                    kernel.Update(chunk.FirstSlot, chunk.Sites.Length, spins, thresholds, random, sweep));
            }
        }

        if (GraphVectorKernel.IsSupported)
        {
            var graph = GraphVectorKernel.For(lattice, schedule.ChunksByClass)!;
            yield return ("graph", spins => graph.Update(chunk.Sites, chunk.FirstSlot, spins, thresholds, random, sweep));
        }
    }

    private static IsingLikeModel Model(out Lattice lattice)
    {
        var config = new IsingLikeModelConfig
        {
            DeltaK = 1000,
            LnG = 5,
            CouplingK = 37.5,
            Lattice = new LatticeSpec(LatticeKind.Square, [128, 64]),
        };
        var model = config.Build();
        lattice = model.Lattice;
        return model;
    }

    private static SweepConditions Conditions(double temperatureK, UpdateRule rule) =>
        SweepConditions.At(Model(out _), temperatureK, 0, rule);
}
