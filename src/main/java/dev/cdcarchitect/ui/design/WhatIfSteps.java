package dev.cdcarchitect.ui.design;

/**
 * The rate what-if's fixed stops: a slider over 0.25–10 moved in equal steps jumped from 0.92 to 10 on one
 * arrow key and never hit 1.00 again, so the slider moves over these stops, one per key press, 1.00 among them.
 */
public final class WhatIfSteps {

    static final double[] RATE_STOPS = {0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10};

    private WhatIfSteps() {}

    /** The slider position of "as stated". */
    public static int asStated() {
        return nearest(1);
    }

    public static int last() {
        return RATE_STOPS.length - 1;
    }

    /** The factor at a slider position (rounded to a stop, clamped to the ends). */
    public static double factorAt(double position) {
        int i = (int) Math.round(position);
        return RATE_STOPS[Math.max(0, Math.min(last(), i))];
    }

    /** The stop nearest to a factor (a project may hold one between stops, e.g. 8.54: the slider shows 8). */
    public static int nearest(double factor) {
        int best = 0;
        for (int i = 1; i < RATE_STOPS.length; i++) {
            if (Math.abs(RATE_STOPS[i] - factor) < Math.abs(RATE_STOPS[best] - factor)) best = i;
        }
        return best;
    }
}
