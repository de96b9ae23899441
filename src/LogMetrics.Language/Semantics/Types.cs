namespace LogMetrics.Language.Semantics;

/// <summary>mtail's type constants, builtin signatures, unification and least upper bounds.</summary>
public static class Types
{
    public static readonly TypeError Error = new("type error", null, null);
    public static readonly TypeOperator Undef = new("Undef");
    public static readonly TypeOperator None = new("None");
    public static readonly TypeOperator Bool = new("Bool");
    public static readonly TypeOperator Int = new("Int");
    public static readonly TypeOperator Float = new("Float");
    public static readonly TypeOperator String = new("String");
    public static readonly TypeOperator Pattern = new("Pattern");
    public static readonly TypeOperator Buckets = new("Buckets");

    public static TypeOperator Function(params MtailType[] args) => new("→", args);

    public static TypeOperator Dimension(params MtailType[] args) => new("⨯", args);

    public static bool IsDimension(MtailType t) => t.Root is TypeOperator { Name: "⨯" };

    public static bool IsError(MtailType t) => t is TypeError;

    /// <summary>True when the type and all its arguments are bound.</summary>
    public static bool IsComplete(MtailType t) => t.Root switch
    {
        TypeVariable => false,
        TypeOperator op => op.Args.All(IsComplete),
        _ => false,
    };

    public static bool Equals(MtailType a, MtailType b)
    {
        var ra = a.Root;
        var rb = b.Root;
        return ra switch
        {
            TypeVariable va => rb is TypeVariable vb ? ReferenceEquals(va, vb) : OccursIn(va, rb),
            TypeOperator oa => rb is TypeOperator ob && oa.Name == ob.Name && oa.Args.Count == ob.Args.Count
                && oa.Args.Zip(ob.Args).All(p => Equals(p.First, p.Second)),
            _ => false,
        };
    }

    static bool OccursIn(TypeVariable v, MtailType t)
    {
        var root = t.Root;
        if (ReferenceEquals(root, v))
        {
            return true;
        }
        return root is TypeOperator op && op.Args.Any(a => OccursIn(v, a));
    }

    /// <summary>Whether <paramref name="t"/> occurs anywhere in <paramref name="within"/>.</summary>
    public static bool OccursInType(MtailType t, MtailType within) =>
        Equals(t, within) || (within.Root is TypeOperator op && op.Args.Any(a => OccursInType(t, a)));

    /// <summary>Unifies an expected and a received type; returns null on success, or the error.</summary>
    public static TypeError? Unify(MtailType expected, MtailType received)
    {
        var a = expected.Root;
        var b = received.Root;
        switch (a)
        {
            case TypeVariable va:
                if (b is TypeVariable vb)
                {
                    if (va.Id != vb.Id)
                    {
                        va.Instance = b;
                    }
                    return null;
                }
                if (b is TypeOperator)
                {
                    if (OccursIn(va, b))
                    {
                        return new TypeError("recursive unification error", a, b);
                    }
                    va.Instance = b;
                }
                return null;
            case TypeOperator oa:
                if (b is TypeVariable)
                {
                    var flipped = Unify(received, expected);
                    return flipped is null ? null : new TypeError(TypeError.Mismatch, flipped.Received, flipped.Expected);
                }
                if (b is not TypeOperator ob)
                {
                    return null;
                }
                if (oa.Args.Count != ob.Args.Count)
                {
                    return new TypeError(TypeError.Mismatch, oa, ob);
                }
                if (oa.Name != ob.Name)
                {
                    return LeastUpperBound(expected, received) as TypeError;
                }
                for (var i = 0; i < oa.Args.Count; i++)
                {
                    if (Unify(oa.Args[i], ob.Args[i]) is { } error)
                    {
                        return error;
                    }
                }
                return null;
            default:
                return null;
        }
    }

    /// <summary>The smallest type holding both, or a type mismatch.</summary>
    public static MtailType LeastUpperBound(MtailType a, MtailType b)
    {
        var ra = a.Root;
        var rb = b.Root;
        if (Equals(ra, rb))
        {
            return ra;
        }
        if (ra is TypeVariable)
        {
            return rb;
        }
        if (rb is TypeVariable)
        {
            return ra;
        }
        if (Equals(ra, Undef))
        {
            return rb;
        }
        if (Equals(rb, Undef))
        {
            return ra;
        }
        bool Pair(MtailType x, MtailType y) => (Equals(ra, x) && Equals(rb, y)) || (Equals(ra, y) && Equals(rb, x));
        if (Pair(Bool, Int))
        {
            return Int;
        }
        // mtail's coercions also widen a Bool to a Float or a String (rc50 accepts `/x/ && 1.5`).
        if (Pair(Float, Int) || Pair(Bool, Float))
        {
            return Float;
        }
        if (Pair(String, Int) || Pair(String, Float) || Pair(Bool, String))
        {
            return String;
        }
        if (Pair(Pattern, Bool))
        {
            return Bool;
        }
        if (Pair(Bool, Int))
        {
            return Int;
        }
        if (Pair(String, Pattern))
        {
            return Pattern;
        }
        if (Pair(Pattern, Int))
        {
            return Bool;
        }
        return new TypeError(TypeError.Mismatch, a, b);
    }

    /// <summary>
    /// A String that is a builtin's own copy rather than the shared <see cref="String"/>. mtail picks
    /// a typed comparison only for the shared type, so such a left operand gets the untyped one.
    /// </summary>
    public static bool IsUntypedString(MtailType t) => t.Root is TypeOperator { Name: "String" } op && !ReferenceEquals(op, String);

    /// <summary>A copy of a type scheme with fresh variables (the same variable maps to the same fresh one).</summary>
    public static MtailType Fresh(MtailType t, Func<TypeVariable> newVariable)
    {
        var map = new Dictionary<TypeVariable, TypeVariable>();
        MtailType Copy(MtailType x) => x.Root switch
        {
            TypeVariable v => map.TryGetValue(v, out var f) ? f : map[v] = newVariable(),
            TypeOperator op => new TypeOperator(op.Name, [.. op.Args.Select(Copy)]),
            var other => other,
        };
        return Copy(t);
    }
}
