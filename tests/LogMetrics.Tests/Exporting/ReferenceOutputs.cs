namespace LogMetrics.Tests.Exporting;

/// <summary>mtail's own outputs for the reference program (mtail.md §2.4), verbatim.</summary>
internal static class ReferenceOutputs
{
    public const string OneShotJson =
        """
        {
          "http_requests_total": [
            {
              "Name": "http_requests_total",
              "Program": "ref.mtail",
              "Kind": 1,
              "Type": 0,
              "Keys": [
                "method",
                "code"
              ],
              "LabelValues": [
                {
                  "Labels": [
                    "GET",
                    "200"
                  ],
                  "Value": {
                    "Value": 2,
                    "Time": 1714557601000000000
                  }
                },
                {
                  "Labels": [
                    "POST",
                    "500"
                  ],
                  "Value": {
                    "Value": 1,
                    "Time": 1714557602000000000
                  }
                }
              ],
              "Source": "ref.mtail:2:9-27"
            }
          ],
          "last_bytes": [
            {
              "Name": "last_bytes",
              "Program": "ref.mtail",
              "Kind": 2,
              "Type": 0,
              "LabelValues": [
                {
                  "Value": {
                    "Value": 7,
                    "Time": 1714557602000000000
                  }
                }
              ],
              "Source": "ref.mtail:3:7-16"
            }
          ],
          "last_user": [
            {
              "Name": "last_user",
              "Program": "ref.mtail",
              "Kind": 4,
              "Type": 2,
              "LabelValues": [
                {
                  "Value": {
                    "Value": "carol",
                    "Time": 1714557602000000000
                  }
                }
              ],
              "Source": "ref.mtail:5:6-14"
            }
          ],
          "latency_ms": [
            {
              "Name": "latency_ms",
              "Program": "ref.mtail",
              "Kind": 5,
              "Type": 3,
              "Keys": [
                "method"
              ],
              "LabelValues": [
                {
                  "Labels": [
                    "GET"
                  ],
                  "Value": {
                    "Buckets": {
                      "+Inf": 0,
                      "10": 0,
                      "100": 1,
                      "50": 1
                    },
                    "Count": 2,
                    "Sum": 89.5,
                    "Time": 1714557601000000000
                  }
                },
                {
                  "Labels": [
                    "POST"
                  ],
                  "Value": {
                    "Buckets": {
                      "+Inf": 1,
                      "10": 0,
                      "100": 0,
                      "50": 0
                    },
                    "Count": 1,
                    "Sum": 600.25,
                    "Time": 1714557602000000000
                  }
                }
              ],
              "Source": "ref.mtail:4:11-20",
              "Buckets": [
                {
                  "Min": "0",
                  "Max": "10"
                },
                {
                  "Min": "10",
                  "Max": "50"
                },
                {
                  "Min": "50",
                  "Max": "100"
                },
                {
                  "Min": "100",
                  "Max": "+Inf"
                }
              ]
            }
          ],
          "renamed-total": [
            {
              "Name": "renamed-total",
              "Program": "ref.mtail",
              "Kind": 1,
              "Type": 0,
              "LabelValues": [
                {
                  "Value": {
                    "Value": 6,
                    "Time": 1714557602000000000
                  }
                }
              ],
              "Source": "ref.mtail:8:9-17"
            }
          ],
          "tmr": [
            {
              "Name": "tmr",
              "Program": "ref.mtail",
              "Kind": 3,
              "Type": 0,
              "LabelValues": [
                {
                  "Value": {
                    "Value": 7,
                    "Time": 1714557602000000000
                  }
                }
              ],
              "Source": "ref.mtail:7:7-9"
            }
          ]
        }
        """;

    // The text ends with a newline, which a raw literal drops: append it.
    public const string Prometheus =
        """
        # HELP http_requests_total defined at ref.mtail:2:9-27
        # TYPE http_requests_total counter
        http_requests_total{code="200",method="GET",prog="ref.mtail"} 2
        http_requests_total{code="500",method="POST",prog="ref.mtail"} 1
        # HELP last_bytes defined at ref.mtail:3:7-16
        # TYPE last_bytes gauge
        last_bytes{prog="ref.mtail"} 7
        # HELP latency_ms defined at ref.mtail:4:11-20
        # TYPE latency_ms histogram
        latency_ms_bucket{method="GET",prog="ref.mtail",le="10"} 0
        latency_ms_bucket{method="GET",prog="ref.mtail",le="50"} 1
        latency_ms_bucket{method="GET",prog="ref.mtail",le="100"} 2
        latency_ms_bucket{method="GET",prog="ref.mtail",le="+Inf"} 2
        latency_ms_sum{method="GET",prog="ref.mtail"} 89.5
        latency_ms_count{method="GET",prog="ref.mtail"} 2
        latency_ms_bucket{method="POST",prog="ref.mtail",le="10"} 0
        latency_ms_bucket{method="POST",prog="ref.mtail",le="50"} 0
        latency_ms_bucket{method="POST",prog="ref.mtail",le="100"} 0
        latency_ms_bucket{method="POST",prog="ref.mtail",le="+Inf"} 1
        latency_ms_sum{method="POST",prog="ref.mtail"} 600.25
        latency_ms_count{method="POST",prog="ref.mtail"} 1
        # HELP renamed_total defined at ref.mtail:8:9-17
        # TYPE renamed_total counter
        renamed_total{prog="ref.mtail"} 6
        # HELP tmr defined at ref.mtail:7:7-9
        # TYPE tmr gauge
        tmr{prog="ref.mtail"} 7
        """ + "\n";
}
