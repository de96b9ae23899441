using System.CommandLine;
using System.CommandLine.Parsing;
using LogMetrics.Go;

namespace LogMetrics.Cli.GoFlags;

/// <summary>A typed Go flag; see <see cref="GoFlag"/>.</summary>
public sealed class GoFlag<T> : GoFlag
{
    private readonly T _defaultValue;
    private readonly Func<string, GoParsed<T>> _parse;
    private readonly Func<T, T, T>? _combine;

    internal GoFlag(
        string name, GoFlagKind kind, string usage, T defaultValue, string? defaultText,
        Func<string, GoParsed<T>> parse, Func<T, T, T>? combine = null)
        : base(name, kind, usage, defaultText)
    {
        _defaultValue = defaultValue;
        _parse = parse;
        _combine = combine;
        Option = new Option<T>("--" + name, "-" + name)
        {
            Description = usage,
            // Every occurrence the scanner passes on carries exactly one value; a flag may occur many times.
            Arity = ArgumentArity.OneOrMore,
            DefaultValueFactory = _ => _defaultValue,
            CustomParser = Bind,
        };
    }

    /// <summary>The typed System.CommandLine option; read it with <c>ParseResult.GetValue</c>.</summary>
    public Option<T> Option { get; }

    public override Option Symbol => Option;

    public override string? Check(string text) => _parse(text).Error;

    /// <summary>Parses one value as this flag's Go type.</summary>
    public GoParsed<T> Parse(string text) => _parse(text);

    // Go applies each occurrence in turn: scalars keep the last value, -logs appends.
    private T Bind(ArgumentResult result)
    {
        var value = _defaultValue;
        var first = true;
        foreach (var token in result.Tokens)
        {
            var parsed = _parse(token.Value);
            if (parsed.IsError)
            {
                result.AddError($"invalid value {GoQuote.String(token.Value)} for flag -{Name}: {parsed.Error}");
                return _defaultValue;
            }

            value = first || _combine is null ? parsed.Value : _combine(value, parsed.Value);
            first = false;
        }

        return value;
    }
}
