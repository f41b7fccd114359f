package org.scmsim.ui.theme;

import java.awt.Color;
import java.awt.Paint;
import javafx.scene.Scene;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

/**
 * Light and dark looks for the dashboard: a style sheet for the controls, and the colours of a
 * chart's background, text and grid (the data series keep the results module's palette, so a
 * series has the same colour in the dashboard, the report and a PNG).
 */
public enum Theme {

    LIGHT("light.css", Color.WHITE, Color.WHITE, new Color(0x1d1d1f), new Color(0xdddddd)),
    DARK("dark.css", new Color(0x2b2b2b), new Color(0x1e1e1e), new Color(0xe6e6e6), new Color(0x454545));

    private final String styleSheet;
    private final Color chartBackground;
    private final Color plotBackground;
    private final Color text;
    private final Color grid;

    Theme(String styleSheet, Color chartBackground, Color plotBackground, Color text, Color grid) {
        this.styleSheet = styleSheet;
        this.chartBackground = chartBackground;
        this.plotBackground = plotBackground;
        this.text = text;
        this.grid = grid;
    }

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }

    public static Theme parse(String name, Theme fallback) {
        for (Theme t : values()) {
            if (t.name().equalsIgnoreCase(name)) {
                return t;
            }
        }
        return fallback;
    }

    /** Replaces the scene's theme style sheet with this one. */
    public void applyTo(Scene scene) {
        for (Theme t : values()) {
            scene.getStylesheets().remove(t.url());
        }
        scene.getStylesheets().add(url());
    }

    public String url() {
        return Theme.class.getResource(styleSheet).toExternalForm();
    }

    /** Recolours a chart's background, titles, axes and grid for this theme; returns it. */
    public JFreeChart style(JFreeChart chart) {
        chart.setBackgroundPaint(chartBackground);
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            styleTitle(chart.getSubtitle(i));
        }
        if (chart.getTitle() != null) {
            chart.getTitle().setPaint(text);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(plotBackground);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(grid);
            xy.setRangeGridlinePaint(grid);
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                styleAxis(xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                styleAxis(xy.getRangeAxis(i));
            }
        } else if (plot instanceof CategoryPlot cat) {
            cat.setRangeGridlinePaint(grid);
            for (int i = 0; i < cat.getDomainAxisCount(); i++) {
                styleAxis(cat.getDomainAxis(i));
            }
            for (int i = 0; i < cat.getRangeAxisCount(); i++) {
                styleAxis(cat.getRangeAxis(i));
            }
        }
        return chart;
    }

    public Paint chartBackground() {
        return chartBackground;
    }

    private void styleTitle(Title t) {
        if (t instanceof LegendTitle legend) {
            legend.setBackgroundPaint(chartBackground);
            legend.setItemPaint(text);
        } else if (t instanceof TextTitle tt) {
            tt.setPaint(text);
        }
    }

    private void styleAxis(Axis a) {
        if (a == null) {
            return;
        }
        a.setLabelPaint(text);
        a.setTickLabelPaint(text);
        a.setAxisLinePaint(grid);
        a.setTickMarkPaint(grid);
    }
}
