namespace LogMetrics.Go;

/// <summary>The elements of a Go time layout (Go's <c>std*</c> constants), named by what they match.</summary>
internal enum GoLayoutElement
{
    None,
    LongMonth,          // January
    Month,              // Jan
    NumMonth,           // 1
    ZeroMonth,          // 01
    LongWeekDay,        // Monday
    WeekDay,            // Mon
    Day,                // 2
    UnderDay,           // _2
    ZeroDay,            // 02
    UnderYearDay,       // __2
    ZeroYearDay,        // 002
    Hour,               // 15
    Hour12,             // 3
    ZeroHour12,         // 03
    Minute,             // 4
    ZeroMinute,         // 04
    Second,             // 5
    ZeroSecond,         // 05
    LongYear,           // 2006
    Year,               // 06
    UpperPM,            // PM
    LowerPM,            // pm
    ZoneName,           // MST
    Iso8601Tz,          // Z0700
    Iso8601SecondsTz,   // Z070000
    Iso8601ShortTz,     // Z07
    Iso8601ColonTz,     // Z07:00
    Iso8601ColonSecondsTz, // Z07:00:00
    NumTz,              // -0700
    NumSecondsTz,       // -070000
    NumShortTz,         // -07
    NumColonTz,         // -07:00
    NumColonSecondsTz,  // -07:00:00
    FracSecond0,        // .000 or ,000: exactly that many digits
    FracSecond9,        // .999 or ,999: optional, any number of digits
}

/// <summary>One step of a compiled layout: literal text to skip, then an element to read.</summary>
internal readonly record struct GoLayoutChunk(string Prefix, GoLayoutElement Element, string ElementText, int FractionDigits);
