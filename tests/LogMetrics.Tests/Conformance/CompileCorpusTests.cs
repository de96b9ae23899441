using System.Text.RegularExpressions;
using LogMetrics.Language.Compilation;
using LogMetrics.Runtime.Loading;
using LogMetrics.Tests.Support;

namespace LogMetrics.Tests.Conformance;

/// <summary>
/// Runs every compile case of the conformance corpus in-process, with the corpus runner's rules:
/// the same exit class as mtail, and for each error mtail printed, its line:column, the file's
/// base name and every `quoted' name present in our output.
/// </summary>
public sealed partial class CompileCorpusTests
{
    public static TheoryData<string> Cases => SharedCorpus.CaseNames("compile");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compile_case_matches_mtail(string name)
    {
        Assert.SkipWhen(SharedCorpus.Directory is null, SharedCorpus.MissingReason);
        var dir = Path.Combine(SharedCorpus.Directory!, "compile", name);
        var expectedExit = int.Parse(File.ReadAllText(Path.Combine(dir, "exit_code")).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        var output = new StringWriter();

        var exit = CompileOnly.Run(Path.Combine(dir, "progs"), new CompilerOptions(), output);

        var text = output.ToString();
        (exit == 0).Should().Be(expectedExit == 0, "mtail exited {0}; our output was:\n{1}", expectedExit, text);
        foreach (var line in File.ReadAllLines(Path.Combine(dir, "expected-errors.txt")))
        {
            var match = ErrorLine().Match(line);
            // The runner's rule: rc50's code-generator failures need only fail, not match positions.
            if (!match.Success || match.Groups["message"].Value.StartsWith("Internal compiler error", StringComparison.Ordinal))
            {
                continue;
            }
            var position = $"{match.Groups["line"].Value}:{match.Groups["col"].Value}";
            Regex.IsMatch(text, $@"(?<!\d){Regex.Escape(position)}(?!\d)").Should().BeTrue("mtail reported `{0}`; we printed:\n{1}", line, text);
            text.Should().Contain(Path.GetFileName(match.Groups["file"].Value));
            foreach (Match quoted in QuotedName().Matches(match.Groups["message"].Value))
            {
                text.Should().Contain(quoted.Groups[1].Value, "mtail's message `{0}` names it", line);
            }
        }
    }

    [GeneratedRegex(@"^(?<file>[^:]+):(?<line>\d+):(?<col>\d+)(-\d+)?: (?<message>.*)$")]
    private static partial Regex ErrorLine();

    [GeneratedRegex(@"`([@$]?[A-Za-z_][A-Za-z0-9_]*)'")]
    private static partial Regex QuotedName();
}
