using LogMetrics.Metrics;

namespace LogMetrics.Tests.Metrics;

public sealed class LabelKeyTests
{
    [Fact]
    public void A_single_value_is_its_own_key()
    {
        LabelKey.Encode(["GET"]).Should().Be("GET");
    }

    [Fact]
    public void Several_values_are_joined_by_nul_with_escapes()
    {
        LabelKey.Encode(["a", "b\0c", "d\u0001"]).Should().Be("a\0b\u00010c\0d\u00011");
    }

    public static TheoryData<string[]> RoundTrips => new()
    {
        new[] { "a", "b" },
        new[] { "", "" },
        new[] { "\0", "\u0001", "x\0\u0001y" },
        new[] { "only" },
    };

    [Theory]
    [MemberData(nameof(RoundTrips))]
    public void Decode_reverses_encode(string[] values)
    {
        LabelKey.Decode(LabelKey.Encode(values), values.Length).Should().Equal(values);
    }

    [Fact]
    public void GetEncodedLength_matches_the_encoded_length()
    {
        string[] values = ["ab", "\0", "c"];

        LabelKey.GetEncodedLength(values).Should().Be(LabelKey.Encode(values).Length);
    }

    [Fact]
    public void Decode_rejects_a_key_with_the_wrong_arity()
    {
        var act = () => LabelKey.Decode("a\0b", 3);

        act.Should().Throw<ArgumentException>();
    }
}
