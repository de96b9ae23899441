using LogMetrics.Language.Diagnostics;
using LogMetrics.Language.Parsing;
using LogMetrics.Language.Syntax;
using LogMetrics.Language.Text;

namespace LogMetrics.Tests.Language.Syntax;

/// <summary>Parsing helpers shared by the printer and dumper tests.</summary>
static class SyntaxTestSupport
{
    /// <summary>Parses a program that must have no syntax errors.</summary>
    public static BlockSyntax ParseClean(string source, string name = "t.mtail")
    {
        var diagnostics = new DiagnosticBag();
        var tree = Parser.Parse(SourceText.From(name, source), diagnostics);
        diagnostics.ToImmutable().Should().BeEmpty("the program is:\n{0}", source);
        return tree;
    }

    /// <summary>Parses and prints; a final newline (which mtail needs after a statement) is added when missing.</summary>
    public static string Reprint(string source) => SyntaxPrinter.Print(ParseClean(source.EndsWith('\n') ? source : source + "\n"));
}
