package org.scmsim.results.chart;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Bars by category (a year, a component, an arm), one colour per series; stacked (cost by line
 * item per year) or side by side (certificates by type per year).
 */
public final class CategoryChart {

    private final String title;
    private String categoryLabel = "";
    private String valueLabel = "";
    private boolean stacked;
    private final Map<String, Map<String, Double>> values = new LinkedHashMap<>();   // series -> category -> value

    private CategoryChart(String title) {
        this.title = title;
    }

    public static CategoryChart titled(String title) {
        return new CategoryChart(title);
    }

    public CategoryChart axes(String categoryLabel, String valueLabel) {
        this.categoryLabel = categoryLabel;
        this.valueLabel = valueLabel;
        return this;
    }

    public CategoryChart stacked() {
        this.stacked = true;
        return this;
    }

    /** Adds (or replaces) one bar segment: the value of {@code series} in {@code category}. */
    public CategoryChart value(String series, String category, double value) {
        values.computeIfAbsent(series, k -> new LinkedHashMap<>()).put(category, value);
        return this;
    }

    public JFreeChart build() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        values.forEach((series, byCategory) -> byCategory.forEach((category, v) -> data.addValue(v, series, category)));
        BarRenderer r = stacked ? new StackedBarRenderer() : new BarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        int i = 0;
        for (String series : values.keySet()) {
            r.setSeriesPaint(i, Palette.series(i));
            i++;
        }
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(categoryLabel), new NumberAxis(valueLabel), r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Palette.GRID);
        return ChartStyle.legendBelow(title, plot);
    }
}
