using System.Text;

namespace LogMetrics.Language.Semantics;

/// <summary>
/// A type of mtail's checker: a type operator (<c>Int</c>, <c>String</c>, a function
/// <c>String→Int</c>, a dimension <c>String⨯Int</c>), a type variable bound by unification, or a
/// type error. The rules (unification through least upper bounds) are mtail's, because the
/// inferred types decide metric value types and which programs compile.
/// </summary>
public abstract class MtailType
{
    /// <summary>The representative after unification: a variable's instance, followed to the end.</summary>
    public abstract MtailType Root { get; }
}

/// <summary>An unbound (or bound) type variable.</summary>
public sealed class TypeVariable(int id) : MtailType
{
    public int Id { get; } = id;

    public MtailType? Instance { get; set; }

    public override MtailType Root
    {
        get
        {
            if (Instance is null)
            {
                return this;
            }
            var root = Instance.Root;
            Instance = root;
            return root;
        }
    }

    public override string ToString() => Instance?.ToString() ?? $"typeVar{Id}";
}

/// <summary>A type operator: a named type with argument types.</summary>
public sealed class TypeOperator(string name, params MtailType[] args) : MtailType
{
    public string Name { get; } = name;

    public IReadOnlyList<MtailType> Args { get; } = args;

    public override MtailType Root => this;

    public override string ToString()
    {
        if (Args.Count < 2)
        {
            var sb = new StringBuilder(Name);
            foreach (var arg in Args)
            {
                sb.Append(' ').Append(arg);
            }
            return sb.ToString();
        }
        return string.Join(Name, Args.Select(a => a.ToString()));
    }
}

/// <summary>A type error, carried as a type so that one error does not cascade into many.</summary>
public sealed class TypeError(string kind, MtailType? expected, MtailType? received) : MtailType
{
    public const string Mismatch = "type mismatch";

    public string Kind { get; } = kind;

    public MtailType? Expected { get; } = expected;

    public MtailType? Received { get; } = received;

    public override MtailType Root => this;

    public override string ToString()
    {
        if (Expected is null || Received is null)
        {
            return "type error";
        }
        var expected = Types.IsComplete(Expected) ? Expected.ToString() : "incomplete type";
        var received = Types.IsComplete(Received) ? Received.ToString() : "incomplete type";
        return $"{Kind}; expected {expected} received {received}";
    }
}
