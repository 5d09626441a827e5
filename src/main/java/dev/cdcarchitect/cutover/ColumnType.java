package dev.cdcarchitect.cutover;

/**
 * The kinds of column the canonical row text distinguishes: each is rendered the same way in every dialect
 * (decision 0019), so equal rows hash equally whichever system holds them.
 */
public enum ColumnType {
    /** Whole numbers: decimal digits with a leading minus, no grouping. */
    INTEGER,
    /** Exact decimals: plain digits, trailing fractional zeros and a trailing point removed (10.50 and 10.5 agree). */
    DECIMAL,
    /** Characters as stored. */
    TEXT,
    /** 1 or 0. */
    BOOLEAN,
    /** {@code YYYY-MM-DD HH:MM:SS.ffffff}, six fractional digits, as stored (compare in UTC sessions). */
    TIMESTAMP
}
