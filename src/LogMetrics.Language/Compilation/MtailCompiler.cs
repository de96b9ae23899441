using System.Collections.Immutable;
using LogMetrics.Language.Diagnostics;
using LogMetrics.Language.Parsing;
using LogMetrics.Language.Semantics;
using LogMetrics.Language.Syntax;
using LogMetrics.Language.Text;

namespace LogMetrics.Language.Compilation;

/// <summary>Options of the front end: mtail's -max_regexp_length and -max_recursion_depth.</summary>
public sealed record CompilerOptions(int MaxRegexpLength = 1024, int MaxRecursionDepth = 100);

/// <summary>The outcome of compiling one program: the checked program when there were no errors.</summary>
public sealed record CompileResult(BlockSyntax? Syntax, CheckedProgram? Program, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool Succeeded => Program is not null;
}

/// <summary>
/// The front end's pipeline on one screen: parse, fold constants, check types, and reject what
/// mtail's code generator rejects. Each stage runs only if the previous one found no errors, as in
/// mtail; no exception escapes for a bad program.
/// </summary>
public static class MtailCompiler
{
    public static CompileResult Compile(SourceText source, CompilerOptions? options = null)
    {
        options ??= new CompilerOptions();
        var diagnostics = new DiagnosticBag();
        var syntax = Parser.Parse(source, diagnostics);
        if (diagnostics.HasErrors)
        {
            return new CompileResult(syntax, null, diagnostics.ToImmutable());
        }
        var folded = new ConstantFolder(source.Name, diagnostics).Fold(syntax);
        if (diagnostics.HasErrors)
        {
            return new CompileResult(folded, null, diagnostics.ToImmutable());
        }
        var program = Checker.Check(source.Name, folded, diagnostics, new CheckerLimits(options.MaxRegexpLength, options.MaxRecursionDepth));
        if (!diagnostics.HasErrors)
        {
            new CodegenChecks(program, diagnostics).Run();
        }
        return new CompileResult(folded, diagnostics.HasErrors ? null : program, diagnostics.ToImmutable());
    }
}
