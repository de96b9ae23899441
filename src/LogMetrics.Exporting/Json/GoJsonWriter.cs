using System.Globalization;
using System.Text;
using LogMetrics.Go;

namespace LogMetrics.Exporting.Json;

/// <summary>Writes JSON the way Go's <c>json.MarshalIndent(v, "", "  ")</c> lays it out and escapes it.</summary>
/// <remarks>
/// Go-specific details kept here: <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, U+2028 and U+2029 are escaped as
/// <c>\u003c</c>-style sequences with lowercase hex, control characters other than \n \r \t as <c>\u00XX</c>
/// (Go 1.19, which built rc50, has no \b or \f), invalid UTF-16 (a lone surrogate, Go's invalid UTF-8) as
/// <c>\ufffd</c>; empty arrays and objects stay <c>[]</c> and <c>{}</c>; floats use Go's encoding.
/// </remarks>
internal sealed class GoJsonWriter(StringBuilder output)
{
    private const string Hex = "0123456789abcdef";

    // Items written so far in each open container, innermost last.
    private readonly List<int> _counts = [];
    private bool _afterName;

    public void StartObject() => Start('{');

    public void EndObject() => End('}');

    public void StartArray() => Start('[');

    public void EndArray() => End(']');

    public void Name(string name)
    {
        BeforeValue();
        AppendQuoted(name);
        output.Append(": ");
        _afterName = true;
    }

    public void String(string value)
    {
        BeforeValue();
        AppendQuoted(value);
    }

    public void Number(long value)
    {
        BeforeValue();
        output.Append(value.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Go's float64 encoding: shortest <c>'f'</c>, or <c>'e'</c> below 1e-6 or from 1e21, with
    /// <c>e-07</c> shortened to <c>e-7</c>. NaN and infinities are errors, as in Go.</summary>
    public void Number(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new JsonExportException($"json: unsupported value: {GoStrconv.FormatFloatG(value)}");
        }

        BeforeValue();
        var magnitude = Math.Abs(value);
        if (magnitude != 0 && (magnitude < 1e-6 || magnitude >= 1e21))
        {
            var text = GoStrconv.FormatFloat(value, 'e');
            var n = text.Length;
            if (n >= 4 && text[n - 4] == 'e' && text[n - 3] == '-' && text[n - 2] == '0')
            {
                text = string.Concat(text.AsSpan(0, n - 2), text.AsSpan(n - 1));
            }

            output.Append(text);
        }
        else
        {
            output.Append(GoStrconv.FormatFloat(value, 'f'));
        }
    }

    private void Start(char open)
    {
        BeforeValue();
        output.Append(open);
        _counts.Add(0);
    }

    private void End(char close)
    {
        var items = _counts[^1];
        _counts.RemoveAt(_counts.Count - 1);
        if (items > 0)
        {
            NewLine();
        }

        output.Append(close);
    }

    private void BeforeValue()
    {
        if (_afterName)
        {
            _afterName = false;
            return;
        }

        if (_counts.Count > 0)
        {
            if (_counts[^1]++ > 0)
            {
                output.Append(',');
            }

            NewLine();
        }
    }

    private void NewLine() => output.Append('\n').Append(' ', 2 * _counts.Count);

    private void AppendQuoted(string value)
    {
        output.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"' or '\\':
                    output.Append('\\').Append(c);
                    break;
                case '\n':
                    output.Append("\\n");
                    break;
                case '\r':
                    output.Append("\\r");
                    break;
                case '\t':
                    output.Append("\\t");
                    break;
                case < ' ' or '<' or '>' or '&' or '\u2028' or '\u2029':
                    AppendUnicodeEscape(c);
                    break;
                case >= '\uD800' and <= '\uDBFF' when i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]):
                    output.Append(c).Append(value[++i]);
                    break;
                case >= '\uD800' and <= '\uDFFF':
                    output.Append("\\ufffd");
                    break;
                default:
                    output.Append(c);
                    break;
            }
        }

        output.Append('"');
    }

    private void AppendUnicodeEscape(char c) =>
        output.Append("\\u")
            .Append(Hex[(c >> 12) & 0xF]).Append(Hex[(c >> 8) & 0xF])
            .Append(Hex[(c >> 4) & 0xF]).Append(Hex[c & 0xF]);
}
