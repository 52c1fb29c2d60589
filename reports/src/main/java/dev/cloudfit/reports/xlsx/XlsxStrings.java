package dev.cloudfit.reports.xlsx;

/**
 * How a streamed workbook stores its text cells. Inline strings keep the writer's memory flat
 * whatever the number of distinct values; a shared-strings table is what Excel and RVTools write
 * (each distinct text once, cells refer to it by index), which makes the sheets several times
 * smaller when values repeat, at the cost of holding every distinct text in memory while writing.
 */
public enum XlsxStrings {
    /** Each text cell carries its text ({@code t="inlineStr"}). */
    INLINE,
    /** Each text cell holds an index into {@code xl/sharedStrings.xml} ({@code t="s"}). */
    SHARED_TABLE
}
