using LogMetrics.Language.Patterns;

namespace LogMetrics.Tests.Language.Patterns;

/// <summary>
/// mtail's capture typing. Every row with a "mtail" note was checked against mtail rc50 by
/// assigning the capture to a gauge and reading the metric's Type from -one_shot JSON.
/// </summary>
public sealed class CaptureTypeInferenceTests
{
    private const CaptureType I = CaptureType.Int;
    private const CaptureType F = CaptureType.Float;
    private const CaptureType S = CaptureType.String;

    public static TheoryData<string, CaptureType[]> Cases => new()
    {
        { @"(\d+)", [I] },                                      // mtail
        { @"(-?\d+)", [I] },                                    // mtail
        { "([0-9]+)", [I] },
        { @"(\d{2})", [I] },                                    // mtail
        { @"(\d\d)", [I] },                                     // mtail
        { "([0-9]{1,3})", [I] },                                // mtail
        { "(12|13)", [I] },                                     // mtail: factored to 1[23]
        { @"(\d*)", [I] },                                      // mtail
        { @"(\d+\.\d+)", [F] },                                 // mtail
        { @"(-?\d+\.\d+)", [F] },
        { "([-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?)", [F, F] }, // mtail (group 1)
        { "([0-9.]+)", [F] },                                   // mtail
        { @"(\d+e\d+)", [F] },                                  // mtail
        { @"(\d+|\d+\.\d+)", [F] },                             // mtail
        { @"(\S+)", [S] },
        { "(.*)", [S] },
        { @"(\d+\.\d+\.\d+\.\d+)", [S] },
        { "(-)", [S] },                                         // mtail
        { @"(\+)", [S] },                                       // mtail
        { "([-0-9])", [S] },
        { "(-|[0-9])", [S] },                                   // mtail
        { @"(\d)", [S] },                                       // mtail: a lone class
        { @"(\d{1})", [S] },                                    // mtail: x{1} simplifies to x
        { "(1|2)", [S] },                                       // mtail: merged into [12]
        { @"(\d+\.\d+|\-)", [S] },                              // mtail
        { @"(\d+|-)", [S] },                                    // mtail
        { @"(\d+x{0})", [S] },                                  // mtail: x{0} is an empty match
        { "(1.5|2)", [S] },                                     // mtail: unescaped dot
        { @"((\d))", [I, S] },                                  // mtail
        { @"(?P<size>\d+)|-", [I] },
        { @"(^\d+)", [S] },
        { "()", [S] },
        { "(a){0}", [S] },
        { @"(?P<x>\d+) (?P<y>\d+\.\d+) (\w+)", [I, F, S] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Capture_types_follow_mtail(string pattern, CaptureType[] expected)
    {
        PatternAssert.Translate(pattern).Groups.Select(g => g.Type).Should().Equal(expected);
    }
}
