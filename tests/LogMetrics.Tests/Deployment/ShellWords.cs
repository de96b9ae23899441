using System.Text;

namespace LogMetrics.Tests.Deployment;

/// <summary>
/// Enough of POSIX shell word splitting to read a logmetrics command line out of a container's
/// <c>bash -c</c> script: quotes, backslashes, and the operators that separate simple commands.
/// Expansions (<c>$VAR</c>, <c>$(…)</c>) are kept as text, which the flag parser accepts as values.
/// </summary>
internal static class ShellWords
{
    /// <summary>The simple commands of <paramref name="script"/>, each as its words.</summary>
    public static List<List<string>> Commands(string script)
    {
        var commands = new List<List<string>> { new() };
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < script.Length; i++)
        {
            var c = script[i];
            switch (c)
            {
                case '\'':
                    var close = script.IndexOf('\'', i + 1);
                    word.Append(script, i + 1, close - i - 1);
                    i = close;
                    inWord = true;
                    break;
                case '"':
                    for (i++; script[i] != '"'; i++)
                    {
                        if (script[i] == '\\' && "$`\"\\".Contains(script[i + 1], StringComparison.Ordinal))
                        {
                            i++;
                        }
                        word.Append(script[i]);
                    }
                    inWord = true;
                    break;
                case '\\' when i + 1 < script.Length:
                    i++;
                    if (script[i] != '\n')
                    {
                        word.Append(script[i]);
                        inWord = true;
                    }
                    break;
                case '&' when i > 0 && script[i - 1] is '>' or '<':
                    word.Append(c); // 2>&1 is a redirection, not a separator
                    break;
                case '|' or '&' or ';' or '\n':
                    EndWord();
                    if (commands[^1].Count > 0)
                    {
                        commands.Add([]);
                    }
                    break;
                case ' ' or '\t':
                    EndWord();
                    break;
                default:
                    word.Append(c);
                    inWord = true;
                    break;
            }
        }
        EndWord();
        commands.RemoveAll(command => command.Count == 0);
        return commands;

        void EndWord()
        {
            if (inWord)
            {
                commands[^1].Add(word.ToString());
                word.Clear();
                inWord = false;
            }
        }
    }
}
