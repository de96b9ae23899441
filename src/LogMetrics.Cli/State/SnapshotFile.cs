using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LogMetrics.Cli.State;

/// <summary>
/// The checkpoint file, <c>DIR/logmetrics.state</c>: a header line with the format version and the
/// SHA-256 of the rest, then the snapshot as JSON. Written atomically (a temporary file, fsync,
/// rename over the old one, fsync of the directory), so a crash at any moment leaves either the old
/// checkpoint or the new one, whole.
/// </summary>
public static class SnapshotFile
{
    public const string FileName = "logmetrics.state";
    const string Magic = "logmetrics-checkpoint";

    static readonly JsonSerializerOptions Json = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string PathIn(string directory) => Path.Combine(directory, FileName);

    /// <summary>Writes <paramref name="snapshot"/> to <paramref name="directory"/>; IO errors are thrown.</summary>
    public static void Write(string directory, StateSnapshot snapshot)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(snapshot, Json);
        var header = Encoding.ASCII.GetBytes($"{Magic} {StateSnapshot.CurrentVersion} sha256:{Convert.ToHexStringLower(SHA256.HashData(body))}\n");
        var path = PathIn(directory);
        var temp = path + ".tmp";
        using (var file = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            file.Write(header);
            file.Write(body);
            file.Flush(flushToDisk: true);
        }
        File.Move(temp, path, overwrite: true);
        DirectorySync.Sync(directory);
    }

    /// <summary>
    /// Reads the checkpoint in <paramref name="directory"/>: false with a null <paramref name="error"/>
    /// when there is none; false with the reason when it is unreadable, truncated, altered or of another format.
    /// </summary>
    public static bool TryRead(string directory, [NotNullWhen(true)] out StateSnapshot? snapshot, out string? error)
    {
        snapshot = null;
        error = null;
        var path = PathIn(directory);
        byte[] bytes;
        try
        {
            if (!File.Exists(path))
            {
                return false;
            }
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"{path}: {e.Message}";
            return false;
        }
        error = Parse(bytes, out snapshot) is { } reason ? $"{path}: {reason}" : null;
        return snapshot is not null;
    }

    static string? Parse(byte[] bytes, out StateSnapshot? snapshot)
    {
        snapshot = null;
        var newline = Array.IndexOf(bytes, (byte)'\n');
        var header = newline < 0 ? "" : Encoding.ASCII.GetString(bytes, 0, newline);
        var parts = header.Split(' ');
        if (parts.Length != 3 || parts[0] != Magic || !parts[2].StartsWith("sha256:", StringComparison.Ordinal))
        {
            return "not a logmetrics checkpoint (bad header)";
        }
        if (parts[1] != StateSnapshot.CurrentVersion.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            return $"checkpoint format {parts[1]} is not supported (this build reads {StateSnapshot.CurrentVersion})";
        }
        var body = bytes.AsSpan(newline + 1);
        if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(body)), parts[2]["sha256:".Length..], StringComparison.Ordinal))
        {
            return "checksum mismatch (the file is truncated or corrupt)";
        }
        try
        {
            snapshot = JsonSerializer.Deserialize<StateSnapshot>(body, Json);
            var problem = snapshot is null ? "the checkpoint is empty" : SnapshotValidation.Problem(snapshot);
            if (problem is not null)
            {
                snapshot = null;
                return $"invalid checkpoint: {problem}";
            }
            return null;
        }
        catch (JsonException e)
        {
            snapshot = null;
            return $"unreadable checkpoint: {e.Message}";
        }
    }
}
