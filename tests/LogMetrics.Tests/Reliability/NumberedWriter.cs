using System.Text;
using Microsoft.Win32.SafeHandles;

namespace LogMetrics.Tests.Reliability;

/// <summary>Hands out line numbers 1, 2, 3… to one or more writers, so the sum of all lines tells a repeated or lost one.</summary>
internal sealed class LineNumbers
{
    long _last;

    public long Next() => Interlocked.Increment(ref _last);

    /// <summary>Lines numbered so far.</summary>
    public long Count => Interlocked.Read(ref _last);

    /// <summary>1 + 2 + … + <see cref="Count"/>: what <c>line_number_sum</c> must be once all are read.</summary>
    public double Sum => Count * (Count + 1) / 2.0;
}

/// <summary>
/// A program writing its log: appends <c>line N</c> lines through a handle it keeps open, as a
/// daemon does, so a rename or a symbolic link swap leaves it writing to the old file until it
/// reopens. Every write goes at the file's current end (a truncated file is written from 0 again,
/// as with <c>O_APPEND</c>).
/// </summary>
internal sealed class NumberedWriter : IDisposable
{
    SafeFileHandle _handle;

    public NumberedWriter(string path, LineNumbers? numbers = null)
    {
        Numbers = numbers ?? new LineNumbers();
        _handle = Open(path);
    }

    public LineNumbers Numbers { get; }

    /// <summary>Appends <paramref name="count"/> numbered lines in one write.</summary>
    public void Lines(int count)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append("line ").Append(Numbers.Next()).Append('\n');
        }
        Raw(text.ToString());
    }

    /// <summary>Appends <paramref name="count"/> lines in writes of <paramref name="batch"/>, pausing between them so polls see the file grow.</summary>
    public async Task PacedAsync(int count, int batch = 50, int pauseMs = 5)
    {
        for (var done = 0; done < count; done += batch)
        {
            Lines(Math.Min(batch, count - done));
            await Task.Delay(pauseMs, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>The text of the next numbered line, newline included, for a test that writes it in pieces.</summary>
    public string NextLineText() => $"line {Numbers.Next()}\n";

    public void Raw(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        RandomAccess.Write(_handle, bytes, RandomAccess.GetLength(_handle));
    }

    /// <summary>Closes the current file and opens <paramref name="path"/> (created if missing): the program was told to reopen its log.</summary>
    public void Reopen(string path)
    {
        _handle.Dispose();
        _handle = Open(path);
    }

    public void Dispose() => _handle.Dispose();

    static SafeFileHandle Open(string path) =>
        File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
}
