using System.Diagnostics.CodeAnalysis;

namespace LogMetrics.Language.Patterns;

/// <summary>
/// The type mtail infers for a capture group from the characters it can match
/// (Int &lt; Float &lt; String, so the least upper bound is the maximum).
/// </summary>
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The members are mtail's own type names.")]
public enum CaptureType
{
    Int,
    Float,
    String,
}
