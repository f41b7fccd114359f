package org.scmsim.results.chart;

import java.awt.Color;

/** Colours shared by every chart, so that a series keeps its colour across charts. */
public final class Palette {

    private static final Color[] SERIES = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
        new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
        new Color(0xbcbd22), new Color(0x17becf)};

    /** Light red used to shade disruption periods. */
    public static final Color DISRUPTION = new Color(255, 80, 80, 40);
    public static final Color GRID = new Color(0xdddddd);

    private Palette() {
    }

    public static Color series(int i) {
        return SERIES[Math.floorMod(i, SERIES.length)];
    }

    /** The series colour made translucent, for confidence bands. */
    public static Color band(int i) {
        Color c = series(i);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), 50);
    }
}
