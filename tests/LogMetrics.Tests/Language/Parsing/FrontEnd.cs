using LogMetrics.Language.Compilation;
using LogMetrics.Language.Diagnostics;
using LogMetrics.Language.Parsing;
using LogMetrics.Language.Syntax;
using LogMetrics.Language.Text;

namespace LogMetrics.Tests.Language.Parsing;

/// <summary>Runs the front end on a program text named <c>t.mtail</c>, as the oracle runs were named.</summary>
internal static class FrontEnd
{
    public const string File = "t.mtail";

    public static CompileResult Compile(string program, CompilerOptions? options = null) =>
        MtailCompiler.Compile(SourceText.From(File, program), options);

    /// <summary>The diagnostics as mtail prints them after "compile failed for t.mtail:".</summary>
    public static string Errors(string program, CompilerOptions? options = null) =>
        Render(Compile(program, options).Diagnostics);

    public static string Render(IEnumerable<Diagnostic> diagnostics) => string.Join("\n", diagnostics.Select(d => d.ToString()));

    public static (BlockSyntax Tree, string Errors) Parse(string program)
    {
        var bag = new DiagnosticBag();
        var tree = Parser.Parse(SourceText.From(File, program), bag);
        return (tree, Render(bag.ToImmutable()));
    }
}
