namespace LogMetrics.Runtime.Execution;

/// <summary>
/// A run of lines with room for every program's prematched results (<see cref="LinePrematcher"/>), the
/// unit that <see cref="BatchRunner"/> matches ahead and then executes. Reused: <see cref="Clear"/> drops
/// the lines and matches so they can be collected.
/// </summary>
public sealed class LineBatch
{
    readonly string[] _lines;
    readonly string[] _fileNames;

    internal LineBatch(int capacity, int stride)
    {
        _lines = new string[capacity];
        _fileNames = new string[capacity];
        Results = new PrematchResult[capacity * stride];
    }

    public int Count { get; private set; }

    public bool IsFull => Count == _lines.Length;

    internal PrematchResult[] Results { get; }

    public string LineAt(int index) => _lines[index];

    public string FileNameAt(int index) => _fileNames[index];

    public void Add(string line, string fileName)
    {
        _lines[Count] = line;
        _fileNames[Count] = fileName;
        Count++;
    }

    public void Clear()
    {
        Array.Clear(_lines, 0, Count);
        Array.Clear(_fileNames, 0, Count);
        Array.Clear(Results);
        Count = 0;
    }
}
