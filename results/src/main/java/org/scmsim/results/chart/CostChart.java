package org.scmsim.results.chart;

import java.awt.BasicStroke;
import java.text.DecimalFormat;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Cost of an SCMS over its life: by year and line item (stacked), cumulative, per device-year. */
public final class CostChart {

    private CostChart() {
    }

    /** Stacked bars: {@code year -> line item -> amount}. */
    public static JFreeChart byYear(String title, String currency, Map<String, Map<String, Double>> byYear) {
        CategoryChart c = CategoryChart.titled(title).axes("Year", currency).stacked();
        byYear.forEach((year, items) -> items.forEach((item, v) -> c.value(item, year, v)));
        return c.build();
    }

    /** One line per pricing model: cumulative cost at the end of each year ({@code model -> year -> cumulative}). */
    public static JFreeChart cumulative(String title, String currency, Map<String, Map<Integer, Double>> byModel) {
        XYSeriesCollection data = new XYSeriesCollection();
        byModel.forEach((model, byYear) -> {
            XYSeries s = new XYSeries(model);
            byYear.forEach(s::add);
            data.addSeries(s);
        });
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            r.setSeriesPaint(i, Palette.series(i));
            r.setSeriesStroke(i, new BasicStroke(1.8f));
        }
        NumberAxis years = new NumberAxis("Year");
        years.setAutoRangeIncludesZero(false);
        years.setTickUnit(new NumberTickUnit(1, new DecimalFormat("0")));
        NumberAxis money = new NumberAxis(currency + " (cumulative)");
        XYPlot plot = new XYPlot(data, years, money, r);
        ChartStyle.gridded(plot);
        return ChartStyle.legendBelow(title, plot);
    }

    /** Grouped bars: {@code year -> pricing model -> cost per device-year}. */
    public static JFreeChart perDeviceYear(String title, String currency, Map<String, Map<String, Double>> byYear) {
        CategoryChart c = CategoryChart.titled(title).axes("Year", currency + " per device-year");
        byYear.forEach((year, models) -> models.forEach((model, v) -> c.value(model, year, v)));
        return c.build();
    }
}
