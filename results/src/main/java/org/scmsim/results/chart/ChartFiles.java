package org.scmsim.results.chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.scmsim.results.io.AtomicFiles;

/** Charts to PNG and SVG files, written atomically. */
public final class ChartFiles {

    private ChartFiles() {
    }

    public static void png(JFreeChart chart, Path file, int width, int height) throws IOException {
        AtomicFiles.write(file, out -> ChartUtils.writeChartAsPNG(out, chart, width, height));
    }

    public static void svg(JFreeChart chart, Path file, int width, int height) throws IOException {
        AtomicFiles.write(file, svgDocument(chart, width, height).getBytes(StandardCharsets.UTF_8));
    }

    /** The chart as a standalone SVG document. */
    public static String svgDocument(JFreeChart chart, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new java.awt.Rectangle(0, 0, width, height));
        return g.getSVGDocument();
    }

    /** The chart as an {@code <svg>} element to inline in HTML. */
    public static String svgElement(JFreeChart chart, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new java.awt.Rectangle(0, 0, width, height));
        return g.getSVGElement();
    }

    /**
     * The chart as an {@code <svg>} element to inline in an HTML page holding several: its
     * definitions (clip paths, gradients) are named with {@code idPrefix}, so that no two charts of
     * the page share an id, and coordinates are written to 0.01 px.
     */
    public static String svgElement(JFreeChart chart, int width, int height, String idPrefix) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(idPrefix);
        java.util.function.DoubleFunction<String> two = v -> {
            String t = String.format(java.util.Locale.ROOT, "%.2f", v);
            return t.contains(".") ? t.replaceAll("0+$", "").replaceAll("\\.$", "") : t;
        };
        g.setGeomDoubleConverter(two);
        g.setTransformDoubleConverter(two);
        chart.draw(g, new java.awt.Rectangle(0, 0, width, height));
        return g.getSVGElement();
    }

    public static byte[] pngBytes(JFreeChart chart, int width, int height) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ChartUtils.writeChartAsPNG(out, chart, width, height);
        return out.toByteArray();
    }
}
