using LogMetrics.Tests.Language.Parsing;

namespace LogMetrics.Tests.Language.Robustness;

/// <summary>The mutation tests start from valid programs, so that mutants reach the checker and code-generation checks.</summary>
public sealed class SeedProgramTests
{
    public static TheoryData<int> Seeds => new(Enumerable.Range(0, SeedPrograms.All.Length));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_program_compiles(int index)
    {
        FrontEnd.Errors(SeedPrograms.All[index] + "\n").Should().BeEmpty();
    }
}
