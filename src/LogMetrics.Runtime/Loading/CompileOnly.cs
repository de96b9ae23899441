using LogMetrics.Language.Compilation;
using LogMetrics.Language.Text;

namespace LogMetrics.Runtime.Loading;

/// <summary>
/// <c>-compile_only</c>: compiles every program and reports the first one that fails, with all of
/// its errors, as mtail does (<c>compile failed for NAME:</c> then one error per line).
/// </summary>
public static class CompileOnly
{
    /// <summary>Returns the process exit code: 0 when every program compiles, 1 otherwise.</summary>
    public static int Run(string progs, CompilerOptions options, TextWriter errors) =>
        Run(progs, options, errors, DumpStages.None, errors);

    /// <summary>As <see cref="Run(string, CompilerOptions, TextWriter)"/>, printing the requested stages of each program.</summary>
    public static int Run(string progs, CompilerOptions options, TextWriter errors, DumpStages dumps, TextWriter dumpOutput)
    {
        var files = ProgramFiles.Find(progs);
        if (files is null)
        {
            errors.WriteLine($"stat {progs}: no such file or directory");
            return 1;
        }
        foreach (var file in files)
        {
            var result = MtailCompiler.Compile(SourceText.Load(file), options);
            ProgramDump.Write(Path.GetFileName(file), result, dumps, dumpOutput);
            if (!result.Succeeded)
            {
                ProgramLoader.WriteCompileErrors(Path.GetFileName(file), result.Diagnostics, errors);
                return 1;
            }
        }
        return 0;
    }
}
