namespace LogMetrics.Exporting.Otlp;

/// <summary>Values that, recorded into an OpenTelemetry histogram, add exactly the given bucket counts and (up to
/// rounding) the given sum.</summary>
/// <remarks>
/// .NET's metrics API has no observable histogram, so a histogram the store has already aggregated is fed to
/// the SDK as recordings: since the last push, bucket i gained <c>deltas[i]</c> observations whose sum grew by
/// <c>deltaSum</c>. Each bucket's recordings sit at its upper bound (just above the lower bound for the last,
/// unbounded one); the difference to the real sum is then moved onto a recording of the first bucket (unbounded
/// below) or of the last (unbounded above) when it can, else spread over the bounded buckets within their edges.
/// The true observations satisfy both constraints, so such values always exist.
/// </remarks>
internal static class ReplayPlan
{
    /// <summary>Pairs of (value, times to record it); <paramref name="deltas"/> has one more entry than
    /// <paramref name="bounds"/> (the OpenTelemetry buckets <c>(-inf,b0] … (bn,+inf)</c>).</summary>
    public static List<(double Value, long Times)> For(IReadOnlyList<double> bounds, IReadOnlyList<long> deltas, double deltaSum)
    {
        var n = deltas.Count;
        double Lo(int i) => i == 0 ? double.NegativeInfinity : bounds[i - 1];
        double Hi(int i) => i == n - 1 ? double.PositiveInfinity : bounds[i];

        var values = new double[n];
        var planned = 0.0;
        for (var i = 0; i < n; i++)
        {
            values[i] = !double.IsInfinity(Hi(i)) ? Hi(i)
                : double.IsInfinity(Lo(i)) ? 0
                : Lo(i) + Math.Max(1, Math.Abs(Lo(i)));
            planned += deltas[i] * values[i];
        }

        var shifts = new double[n];
        var residual = deltaSum - planned;
        if (residual > 0 && deltas[n - 1] > 0)
        {
            shifts[n - 1] = residual;
        }
        else if (residual < 0 && deltas[0] > 0)
        {
            shifts[0] = residual;
        }
        else if (residual < 0)
        {
            for (var i = n - 1; i > 0 && residual < 0; i--)
            {
                // Strictly above the lower edge, or the value would fall into the bucket below.
                var room = deltas[i] * (values[i] - Lo(i)) * (1 - 1e-9);
                var take = Math.Min(-residual, room);
                shifts[i] = -take;
                residual += take;
            }
        }

        var plan = new List<(double Value, long Times)>();
        for (var i = 0; i < n; i++)
        {
            if (deltas[i] == 0)
            {
                continue;
            }

            var single = values[i] + shifts[i];
            if (shifts[i] == 0)
            {
                plan.Add((values[i], deltas[i]));
            }
            else if (single > Lo(i) && single <= Hi(i))
            {
                // One recording carries the whole shift; the others stay on round numbers.
                if (deltas[i] > 1)
                {
                    plan.Add((values[i], deltas[i] - 1));
                }

                plan.Add((single, 1));
            }
            else
            {
                plan.Add((values[i] + (shifts[i] / deltas[i]), deltas[i]));
            }
        }

        return plan;
    }
}
