using System.Diagnostics;
using System.Text;
using LogMetrics.Language.Compilation;
using LogMetrics.Language.Text;

namespace LogMetrics.Tests.Language.Robustness;

/// <summary>
/// The front end must never throw and never hang, whatever bytes it is given. Programs derived
/// from <see cref="SeedPrograms"/> by byte flips, deletions, token insertions, truncations and
/// duplications (fixed seed, so a failure replays) are compiled and their diagnostics rendered.
/// The one-second bound per program is a hang guard, not a speed test.
/// </summary>
public sealed class MutationFuzzTests
{
    const int Programs = 12_000;
    static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(1);

    [Fact]
    public void Twelve_thousand_mutated_programs_compile_without_exception_or_hang()
    {
        var random = new Random(20240807);
        var seeds = SeedPrograms.All.Select(Encoding.UTF8.GetBytes).ToArray();
        var failures = new List<string>();
        var stopwatch = new Stopwatch();
        for (var i = 0; i < Programs && failures.Count < 5; i++)
        {
            var program = Mutator.Mutate(seeds[random.Next(seeds.Length)], random, 1 + random.Next(4));
            stopwatch.Restart();
            try
            {
                var result = MtailCompiler.Compile(SourceText.From("fuzz.mtail", program));
                _ = string.Join("\n", result.Diagnostics.Select(d => d.ToString()));
            }
            catch (Exception e)
            {
                failures.Add($"program {i} threw {e.GetType().Name}: {e.Message}\n{Convert.ToBase64String(program)}");
                continue;
            }
            if (stopwatch.Elapsed > HangGuard)
            {
                failures.Add($"program {i} took {stopwatch.Elapsed}\n{Convert.ToBase64String(program)}");
            }
        }
        failures.Should().BeEmpty();
    }
}
