namespace LogMetrics.Language.Patterns;

/// <summary>One capturing group of a pattern.</summary>
/// <param name="Index">1-based group number, counted left to right by opening parenthesis as Go does.</param>
/// <param name="Name">The name from <c>(?P&lt;name&gt;re)</c>, or null for an unnamed group.</param>
/// <param name="Type">The type mtail's checker infers for the group.</param>
public sealed record CaptureGroup(int Index, string? Name, CaptureType Type);
