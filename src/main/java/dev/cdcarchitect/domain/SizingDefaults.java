package dev.cdcarchitect.domain;

/** Defaults the sizing uses when the text is silent; the intake lists each one as an assumption. */
public final class SizingDefaults {

    /** Share of the changes assumed for the busiest table when the text names none. */
    public static final double BUSIEST_TABLE_SHARE = 0.4;

    private SizingDefaults() {}
}
