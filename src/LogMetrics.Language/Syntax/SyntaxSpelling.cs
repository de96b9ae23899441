using System.Globalization;
using System.Text;
using LogMetrics.Go;
using LogMetrics.Language.Lexing;

namespace LogMetrics.Language.Syntax;

/// <summary>
/// How the printer and the dumper spell literals, names and operators so that mtail's lexer reads
/// them back as the same tokens.
/// </summary>
public static class SyntaxSpelling
{
    /// <summary>A string literal. The lexer only unescapes <c>\"</c>, so only <c>"</c> needs escaping.</summary>
    public static string QuoteString(string value) => '"' + Escape(value, '"') + '"';

    /// <summary>A regex literal. The lexer only unescapes <c>\/</c>, so only <c>/</c> needs escaping.</summary>
    public static string QuoteRegex(string pattern) => '/' + Escape(pattern, '/') + '/';

    // The lexer keeps every other backslash together with the character after it, so a value it
    // produced is a sequence of "\x" pairs and plain characters; a pair is written back as it was,
    // and the delimiter outside a pair gets its backslash back. Escaping every delimiter blindly
    // would turn a kept "\\" before a delimiter into the end of the literal.
    static string Escape(string value, char delimiter)
    {
        var sb = new StringBuilder(value.Length + 2);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\\' && i + 1 < value.Length)
            {
                sb.Append(c).Append(value[++i]);
            }
            else
            {
                if (c == delimiter)
                {
                    sb.Append('\\');
                }
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    /// <summary>A metric or label name in a declaration: bare when the lexer reads it as an ID, else quoted.</summary>
    public static string DeclaredName(string name) => IsIdentifier(name) ? name : QuoteString(name);

    /// <summary>True when the lexer reads <paramref name="name"/> as one ID token (not a keyword or builtin).</summary>
    public static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || Keywords.Reserved.ContainsKey(name) || Keywords.Builtins.Contains(name))
        {
            return false;
        }
        var first = true;
        foreach (var rune in name.EnumerateRunes())
        {
            // Mirrors the lexer: a letter starts an identifier; letters, digits and '_' continue it.
            var ok = first ? Rune.IsLetter(rune) : Rune.IsLetterOrDigit(rune) || rune.Value == '_';
            if (!ok)
            {
                return false;
            }
            first = false;
        }
        return true;
    }

    public static string Operator(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.Modulo => "%",
        BinaryOperator.Power => "**",
        BinaryOperator.ShiftLeft => "<<",
        BinaryOperator.ShiftRight => ">>",
        BinaryOperator.Less => "<",
        BinaryOperator.Greater => ">",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.Equal => "==",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.BitAnd => "&",
        BinaryOperator.BitOr => "|",
        BinaryOperator.Xor => "^",
        BinaryOperator.And => "&&",
        BinaryOperator.Or => "||",
        BinaryOperator.Match => "=~",
        BinaryOperator.NotMatch => "!~",
        BinaryOperator.Assign => "=",
        BinaryOperator.AddAssign => "+=",
        BinaryOperator.Concat => "+",
        _ => throw new System.Diagnostics.UnreachableException($"unhandled operator {op}"),
    };

    public static string Operator(UnaryOperator op) => op switch
    {
        UnaryOperator.Not => "~",
        UnaryOperator.Increment => "++",
        UnaryOperator.Decrement => "--",
        UnaryOperator.ImplicitMatch => "match",
        _ => throw new System.Diagnostics.UnreachableException($"unhandled operator {op}"),
    };

    public static string Kind(MetricKindSyntax kind) => kind switch
    {
        MetricKindSyntax.Counter => "counter",
        MetricKindSyntax.Gauge => "gauge",
        MetricKindSyntax.Timer => "timer",
        MetricKindSyntax.Text => "text",
        MetricKindSyntax.Histogram => "histogram",
        _ => throw new System.Diagnostics.UnreachableException($"unhandled metric kind {kind}"),
    };

    public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A float literal the lexer reads back as a float with the same value: Go's <c>%g</c>, plus
    /// <c>.0</c> when that looks like an integer (which the lexer would read as an INTLITERAL).
    /// </summary>
    public static string FloatLiteral(double value)
    {
        var text = GoStrconv.FormatFloatG(value);
        return text.AsSpan().IndexOfAny(".eIN") >= 0 ? text : text + ".0";
    }

    /// <summary>A histogram bucket: Go's <c>%g</c>; integers stay integers, since the parser takes both.</summary>
    public static string Bucket(double value) =>
        // -0 would read back as the integer 0, losing its sign; keep it a float.
        value == 0 && double.IsNegative(value) ? "-0.0" : GoStrconv.FormatFloatG(value);

    /// <summary>A duration the lexer reads as one DURATIONLITERAL, for a node built without a spelling.</summary>
    // Whole seconds with an exact decimal fraction: Go's duration parser takes no exponent.
    public static string Duration(long nanos) =>
        (nanos / 1_000_000_000m).ToString(CultureInfo.InvariantCulture) + "s";
}
