using LogMetrics.Language.Compilation;
using LogMetrics.Language.Semantics;
using LogMetrics.Language.Syntax;
using LogMetrics.Runtime.Compilation;

namespace LogMetrics.Runtime.Loading;

/// <summary>Which stages to print (mtail's -dump_ast, -dump_ast_types, -dump_bytecode).</summary>
[Flags]
public enum DumpStages
{
    None = 0,
    Ast = 1,
    Types = 2,
    Executable = 4,
}

/// <summary>Prints the stages of one compiled program.</summary>
public static class ProgramDump
{
    public static void Write(string name, CompileResult result, DumpStages stages, TextWriter output)
    {
        if (stages.HasFlag(DumpStages.Ast) && result.Syntax is { } syntax)
        {
            output.WriteLine($"{name} AST:");
            output.WriteLine(SexpDumper.Dump(syntax, name));
        }
        if (result.Program is not { } program)
        {
            return;
        }
        if (stages.HasFlag(DumpStages.Types))
        {
            output.WriteLine($"{name} AST with types:");
            output.WriteLine(TypedDumper.Dump(program));
        }
        if (stages.HasFlag(DumpStages.Executable))
        {
            // Lowered against a scratch store: dumping must not register metrics anywhere.
            var options = new RuntimeOptions();
            output.Write(Lowering.Lower(program, ProgramLoader.CreateMetrics(program, options, out _), options).Description);
        }
    }
}
