using System.Text;
using LogMetrics.Exporting.Json;

namespace LogMetrics.Tests.Exporting;

public sealed class GoJsonWriterTests
{
    private static string Str(string value)
    {
        var text = new StringBuilder();
        new GoJsonWriter(text).String(value);
        return text.ToString();
    }

    private static string Num(double value)
    {
        var text = new StringBuilder();
        new GoJsonWriter(text).Number(value);
        return text.ToString();
    }

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("q\"b\\", "\"q\\\"b\\\\\"")]
    [InlineData("a\nb\rc\td", "\"a\\nb\\rc\\td\"")]
    [InlineData("\b\f\u0001\u001f", "\"\\u0008\\u000c\\u0001\\u001f\"")]
    [InlineData("<a href=x>&</a>", "\"\\u003ca href=x\\u003e\\u0026\\u003c/a\\u003e\"")]
    [InlineData("\u2028\u2029", "\"\\u2028\\u2029\"")]
    [InlineData("héllo 日本語 🎉 \u007f \ufffd", "\"héllo 日本語 🎉 \u007f \ufffd\"")]
    public void Strings_are_escaped_like_go_encoding_json(string value, string expected)
    {
        Str(value).Should().Be(expected);
    }

    [Fact]
    public void Lone_surrogates_become_an_escaped_replacement_character_like_invalid_utf8_in_go()
    {
        // Built at run time: attribute arguments are stored as UTF-8 and cannot hold a lone surrogate.
        Str("high " + (char)0xD800 + " low " + (char)0xDC00).Should().Be("\"high \\ufffd low \\ufffd\"");
    }

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(129.0, "129")]
    [InlineData(89.5, "89.5")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(1e21, "1e+21")]
    [InlineData(3e21, "3e+21")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(1.5e-9, "1.5e-9")]
    [InlineData(1.5e-7, "1.5e-7")]
    [InlineData(1e-100, "1e-100")]
    [InlineData(-0.25, "-0.25")]
    [InlineData(1714557602.5, "1714557602.5")]
    public void Floats_are_encoded_like_go_encoding_json(double value, string expected)
    {
        Num(value).Should().Be(expected);
    }

    [Theory]
    [InlineData(double.PositiveInfinity, "json: unsupported value: +Inf")]
    [InlineData(double.NegativeInfinity, "json: unsupported value: -Inf")]
    public void Infinities_are_unsupported(double value, string message)
    {
        var act = () => Num(value);

        act.Should().Throw<JsonExportException>().WithMessage(message);
    }

    [Fact]
    public void Empty_containers_stay_on_one_line_and_others_indent_by_two()
    {
        var text = new StringBuilder();
        var json = new GoJsonWriter(text);
        json.StartObject();
        json.Name("a");
        json.StartArray();
        json.EndArray();
        json.Name("b");
        json.StartObject();
        json.EndObject();
        json.Name("c");
        json.StartArray();
        json.Number(1);
        json.Number(2);
        json.EndArray();
        json.EndObject();

        text.ToString().Should().Be("{\n  \"a\": [],\n  \"b\": {},\n  \"c\": [\n    1,\n    2\n  ]\n}");
    }
}
