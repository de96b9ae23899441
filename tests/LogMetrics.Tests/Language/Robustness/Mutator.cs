using System.Text;

namespace LogMetrics.Tests.Language.Robustness;

/// <summary>Deterministic byte-level mutations of a program.</summary>
internal static class Mutator
{
    public static byte[] Mutate(byte[] seed, Random random, int steps)
    {
        var bytes = new List<byte>(seed);
        for (var s = 0; s < steps; s++)
        {
            var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0 when bytes.Count > 0:
                    // Flip one bit: reaches invalid UTF-8 and unexpected characters.
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1 when bytes.Count > 0:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(8)));
                    break;
                case 2:
                    var fragment = SeedPrograms.Fragments[random.Next(SeedPrograms.Fragments.Length)];
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(fragment));
                    break;
                case 3:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 4 when bytes.Count > 0:
                    var length = Math.Min(bytes.Count - at, 1 + random.Next(40));
                    bytes.InsertRange(at, bytes.GetRange(at, length));
                    break;
                default:
                    bytes.Insert(at, (byte)random.Next(256));
                    break;
            }
        }
        return [.. bytes];
    }
}
