using LogMetrics.Go;

namespace LogMetrics.Tests.Go;

/// <summary>Every (layout, value) the rc50 oracle was asked, in each zone scenario, must give its exact result.</summary>
public sealed class GoStrptimeOracleTests
{
    private static readonly DateTimeOffset OracleNow = new(2026, 11, 28, 7, 28, 0, TimeSpan.Zero);

    public static TheoryData<int> UtcCases => Indices(GoTimeOracleCases.Utc);

    public static TheoryData<int> TokyoCases => Indices(GoTimeOracleCases.Tokyo);

    public static TheoryData<int> NewYorkCases => Indices(GoTimeOracleCases.NewYork);

    public static TheoryData<int> CurrentYearUtcCases => Indices(GoTimeOracleCases.CurrentYearUtc);

    public static TheoryData<int> CurrentYearTokyoCases => Indices(GoTimeOracleCases.CurrentYearTokyo);

    [Theory]
    [MemberData(nameof(UtcCases))]
    public void Without_override_zone_less_values_are_UTC(int i) =>
        Check(GoTimeOracleCases.Utc[i], new GoStrptime(null, false));

    [Theory]
    [MemberData(nameof(TokyoCases))]
    public void With_Asia_Tokyo_override_zone_less_values_are_in_Tokyo(int i) =>
        Check(GoTimeOracleCases.Tokyo[i], new GoStrptime(Load("Asia/Tokyo"), false));

    [Theory]
    [MemberData(nameof(NewYorkCases))]
    public void With_America_New_York_override_zone_less_values_are_in_New_York(int i) =>
        Check(GoTimeOracleCases.NewYork[i], new GoStrptime(Load("America/New_York"), false));

    [Theory]
    [MemberData(nameof(CurrentYearUtcCases))]
    public void Yearless_values_get_the_current_year(int i) =>
        Check(GoTimeOracleCases.CurrentYearUtc[i], new GoStrptime(null, true, new FixedClock(OracleNow)));

    [Theory]
    [MemberData(nameof(CurrentYearTokyoCases))]
    public void Yearless_values_get_the_current_year_of_the_override_zone(int i) =>
        Check(GoTimeOracleCases.CurrentYearTokyo[i], new GoStrptime(Load("Asia/Tokyo"), true, new FixedClock(OracleNow)));

    private static void Check((string Layout, string Value, long? UnixNano, string? Error) c, GoStrptime strptime)
    {
        var ok = strptime.TryParse(c.Value, c.Layout, out var time, out var error);
        if (c.UnixNano is { } expected)
        {
            error.Should().BeNull();
            ok.Should().BeTrue();
            time.UnixNanoseconds.Should().Be(expected);
        }
        else
        {
            error.Should().Be(c.Error);
            ok.Should().BeFalse();
            time.IsZero.Should().BeTrue();
        }
    }

    private static GoLocation Load(string name)
    {
        GoLocation.TryLoad(name, out var location, out var error).Should().BeTrue(error);
        return location;
    }

    private static TheoryData<int> Indices<T>(T[] cases)
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < cases.Length; i++)
        {
            data.Add(i);
        }

        return data;
    }
}

/// <summary>A clock stopped at one instant.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
