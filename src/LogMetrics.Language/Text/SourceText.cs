using System.Text;

namespace LogMetrics.Language.Text;

/// <summary>
/// A program's source: its name (the file's base name, as mtail prints it) and its raw UTF-8 bytes.
/// Positions are byte offsets, because mtail counts columns in bytes: a BOM spans columns 1-3.
/// </summary>
public sealed class SourceText
{
    readonly int[] _lineStarts;

    SourceText(string name, byte[] bytes)
    {
        Name = name;
        Bytes = bytes;
        _lineStarts = ComputeLineStarts(bytes);
    }

    /// <summary>The name used in diagnostics: the program file's base name.</summary>
    public string Name { get; }

    /// <summary>The program's bytes, exactly as read.</summary>
    public byte[] Bytes { get; }

    /// <summary>The number of lines, counting a last line without a newline.</summary>
    public int LineCount => _lineStarts.Length;

    public static SourceText From(string name, byte[] bytes) => new(name, bytes);

    public static SourceText From(string name, string text) => new(name, Encoding.UTF8.GetBytes(text));

    /// <summary>Reads a program file; the name is the file's base name.</summary>
    public static SourceText Load(string path) => new(Path.GetFileName(path), File.ReadAllBytes(path));

    /// <summary>Decodes a span of the source (invalid bytes become U+FFFD).</summary>
    public string GetText(TextSpan span) => Encoding.UTF8.GetString(Bytes, span.Start, span.Length);

    /// <summary>The 0-based line and byte column of an offset.</summary>
    public LinePosition GetLinePosition(int offset)
    {
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }
        return new LinePosition(line, offset - _lineStarts[line]);
    }

    static int[] ComputeLineStarts(byte[] bytes)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }
        return [.. starts];
    }
}
