namespace LogMetrics.Tests.Language.Robustness;

/// <summary>Programs written for the mutation tests: together they use every construct of the language.</summary>
internal static class SeedPrograms
{
    public static readonly string[] All =
    [
        """
        counter lines_total
        counter bytes_total by host, "status-code" as "bytes" limit 100
        gauge last_size
        hidden gauge seen
        histogram latency buckets 0.5, 1, 2.5, 10 by path
        text last_host
        timer t
        const HOST /(?P<host>[a-z.]+)/
        const SP / /
        /^/ + HOST + SP +
            /(?P<status>\d{3}) (?P<size>\d+) (?P<ms>\d+\.\d+) (?P<path>\S+)$/ {
          lines_total++
          bytes_total[$host, $status] += $size
          last_size = $size * 2 - 1
          latency[$path] = $ms
          last_host = tolower($host)
          seen = len($path) ** 2 % 7
          $size > 1000 && $status == 500 || $status != 200 {
            t = timestamp()
          } else {
            del bytes_total[$host, $status] after 1h
          }
          otherwise {
            stop
          }
        }
        """,
        """
        def syslog {
          /^(?P<date>\w+\s+\d+\s+\d+:\d+:\d+) (?P<rest>.*)$/ {
            strptime($date, "Jan _2 15:04:05")
            next
          }
        }
        counter c by prog
        gauge g
        @syslog {
          /(?P<prog>\w+)\[(?P<pid>\d+)\]: / {
            c[$prog]++
            g = (1 << 3) >> 1 & 7 | 8 ^ 2
            g > 1 {
            }
            settime(strtol($pid, 10))
            $rest =~ /error/ {
              g = float($pid) / 3
            }
            $rest !~ /ok/ && $pid > 1 {
              getfilename() =~ "x" {
                del c[$prog]
              }
            }
          }
        }
        """,
        """
        counter a
        gauge b by x, y
        text s
        /(\d+) (\S+) (.*)/ {
          a = int($1) + 1
          b[$2][$3] = subst(/a+/, "b", $3)
          s = string($1) + "x\"y"
          len($3) == 1 {
            a--
          }
          defined($1) {
            a += 2
          }
        }
        """,
    ];

    /// <summary>Tokens spliced into programs by the mutator, chosen to reach unusual parser states.</summary>
    public static readonly string[] Fragments =
    [
        "{", "}", "(", ")", "[", "]", ",", "/", "//", "/x/", "\"", "\"s\"", "$1", "$x", "@d", "#", "\n", "\r", " ",
        "++", "--", "=", "+=", "=~", "!~", "!", "~", "&&", "||", "**", "<<", "-1", "1.5", "1h", "1d", ".", "e",
        "counter", "gauge", "histogram", "buckets", "by", "as", "limit", "hidden", "const", "def", "next", "stop",
        "del", "after", "else", "otherwise", "len", "strptime", "tolower", "defined", "log_filter", "\u2424", "\uFEFF",
        "(?P<n>", "\\", "\\/", "[[:alph:]]", "_", "?", "é",
    ];
}
