using System.Text;
using System.Text.RegularExpressions;
using LogMetrics.Language.Patterns;

namespace LogMetrics.Tests.Language.Patterns;

public sealed class Re2TranslatorFuzzTests
{
    private static readonly string[] s_pieces =
    [
        "a", "b", "0", "9", ".", "^", "$", "|", "(", ")", "(?:", "(?i)", "(?-s:", "(?U)", "(?m)", "(?P<n>", "(?P<", "(?",
        "[", "]", "[^", "-", "*", "+", "?", "{", "}", "{2}", "{1,3}", "{,", ",", "\\", "\\d", "\\W", "\\b", "\\B", "\\pL",
        "\\p{Greek}", "\\P{Lu}", "\\Q", "\\E", "\\x{1F600}", "\\x4", "\\1", "\\z", "\\A", "[:alpha:]", "[[:^space:]]",
        "k", "K", "\u212A", "ß", "😀", "\uD800", "é", "\n", " ", ":", "]", "=", "<", ">",
    ];

    [Fact]
    public void Random_patterns_never_throw_and_accepted_ones_compile_in_DotNet()
    {
        var random = new Random(20240101);
        var accepted = 0;
        for (var i = 0; i < 10_000; i++)
        {
            var pattern = i % 2 == 0 ? FromPieces(random) : RandomChars(random);
            bool ok;
            TranslatedPattern? result = null;
            var translate = () => ok = Re2Translator.TryTranslate(pattern, out result, out _);
            translate.Should().NotThrow(because: $"pattern {pattern}");
            if (result is null)
            {
                continue;
            }

            accepted++;
            var compile = () => new Regex(result.DotNetPattern, result.Options, TimeSpan.FromSeconds(1)).IsMatch("ab09 K\n😀é");
            compile.Should().NotThrow(because: $"pattern {pattern} became {result.DotNetPattern}");
        }

        // The generator must exercise both outcomes, or the test proves little.
        accepted.Should().BeInRange(1_000, 9_000);
    }

    private static string FromPieces(Random random)
    {
        var sb = new StringBuilder();
        var count = random.Next(1, 12);
        for (var j = 0; j < count; j++)
        {
            sb.Append(s_pieces[random.Next(s_pieces.Length)]);
        }

        return sb.ToString();
    }

    private static string RandomChars(Random random)
    {
        const string alphabet = @"ab()[]{}|*+?.^$\-:,0123456789PpdwsQEx<>=!i^";
        var chars = new char[random.Next(0, 10)];
        for (var j = 0; j < chars.Length; j++)
        {
            chars[j] = alphabet[random.Next(alphabet.Length)];
        }

        return new string(chars);
    }
}
