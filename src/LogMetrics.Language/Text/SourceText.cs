using System.Text;

namespace LogMetrics.Language.Text;

/// <summary>
/// A program's source: its name (the file's base name, as mtail prints it) and its raw UTF-8 bytes.
/// Positions are byte offsets, because mtail counts columns in bytes: a BOM spans columns 1-3.
/// </summary>
public sealed class SourceText
{
    SourceText(string name, byte[] bytes)
    {
        Name = name;
        Bytes = bytes;
    }

    /// <summary>The name used in diagnostics: the program file's base name.</summary>
    public string Name { get; }

    /// <summary>The program's bytes, exactly as read.</summary>
    public byte[] Bytes { get; }

    public static SourceText From(string name, byte[] bytes) => new(name, bytes);

    public static SourceText From(string name, string text) => new(name, Encoding.UTF8.GetBytes(text));

    /// <summary>Reads a program file; the name is the file's base name.</summary>
    public static SourceText Load(string path) => new(Path.GetFileName(path), File.ReadAllBytes(path));
}
