using System.Collections.Immutable;

namespace LogMetrics.Metrics;

/// <summary>Encodes a label-value tuple as one string, the key of a metric's label-set dictionary.</summary>
/// <remarks>
/// With one key the encoded form is the value itself, so the common case needs no encoding at all. With
/// several keys the values are joined by U+0000, and U+0000 / U+0001 inside a value are escaped as
/// U+0001 followed by '0' / '1'; the encoding is therefore injective. Callers on the hot path encode into a
/// stack buffer and look the key up as a span, which allocates nothing.
/// </remarks>
public static class LabelKey
{
    private const char Separator = '\u0000';
    private const char Escape = '\u0001';

    /// <summary>The number of chars <see cref="Encode(ReadOnlySpan{string}, Span{char})"/> writes.</summary>
    public static int GetEncodedLength(ReadOnlySpan<string> values)
    {
        if (values.Length == 1)
        {
            return values[0].Length;
        }

        var length = Math.Max(values.Length - 1, 0);
        foreach (var value in values)
        {
            length += value.Length + CountSpecials(value);
        }

        return length;
    }

    /// <summary>Writes the key for <paramref name="values"/>; returns the number of chars written.</summary>
    public static int Encode(ReadOnlySpan<string> values, Span<char> destination)
    {
        if (values.Length == 1)
        {
            values[0].CopyTo(destination);
            return values[0].Length;
        }

        var at = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                destination[at++] = Separator;
            }

            foreach (var c in values[i])
            {
                if (c is Separator or Escape)
                {
                    destination[at++] = Escape;
                    destination[at++] = c == Separator ? '0' : '1';
                }
                else
                {
                    destination[at++] = c;
                }
            }
        }

        return at;
    }

    /// <summary>Returns the key for <paramref name="values"/> as a string.</summary>
    public static string Encode(ReadOnlySpan<string> values)
    {
        if (values.Length == 1)
        {
            return values[0];
        }

        var buffer = new char[GetEncodedLength(values)];
        Encode(values, buffer);
        return new string(buffer);
    }

    /// <summary>Splits a key made by <see cref="Encode(ReadOnlySpan{string})"/> for <paramref name="arity"/> keys.</summary>
    public static ImmutableArray<string> Decode(ReadOnlySpan<char> key, int arity)
    {
        if (arity == 1)
        {
            return [key.ToString()];
        }

        var values = ImmutableArray.CreateBuilder<string>(arity);
        var current = new System.Text.StringBuilder();
        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            if (c == Separator)
            {
                values.Add(current.ToString());
                current.Clear();
            }
            else if (c == Escape && i + 1 < key.Length)
            {
                current.Append(key[++i] == '0' ? Separator : Escape);
            }
            else
            {
                current.Append(c);
            }
        }

        if (arity > 0)
        {
            values.Add(current.ToString());
        }

        if (values.Count != arity)
        {
            throw new ArgumentException($"The key holds {values.Count} label values, expected {arity}.", nameof(key));
        }

        return values.MoveToImmutable();
    }

    private static int CountSpecials(string value)
    {
        var count = 0;
        foreach (var c in value)
        {
            if (c is Separator or Escape)
            {
                count++;
            }
        }

        return count;
    }
}
