package org.scmsim.ui.scenario;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * The scenario's disruptions on a time line from the first simulated day to the horizon: one row
 * per disruption, a bar over its days, year marks below. Redrawn whenever the scenario changes.
 */
public final class DisruptionTimeline extends Pane {

    private static final double ROW = 22;
    private static final double LEFT = 170;
    private static final double AXIS = 24;

    private LocalDate start = LocalDate.now();
    private LocalDate end = LocalDate.now().plusDays(1);
    private List<DisruptionPeriods.Period> periods = List.of();

    public DisruptionTimeline() {
        setId("disruptionTimeline");
        getStyleClass().add("timeline");
        setMinHeight(AXIS + ROW + 8);
        widthProperty().addListener((o, was, now) -> draw());
    }

    /** Shows these periods over [start, end). */
    public void show(LocalDate start, LocalDate end, List<DisruptionPeriods.Period> periods) {
        this.start = start;
        this.end = end.isAfter(start) ? end : start.plusDays(1);
        this.periods = List.copyOf(periods);
        double h = AXIS + Math.max(1, periods.size()) * ROW + 8;
        setMinHeight(h);
        setPrefHeight(h);
        draw();
    }

    public List<DisruptionPeriods.Period> periods() {
        return periods;
    }

    private void draw() {
        List<javafx.scene.Node> nodes = new ArrayList<>();
        double w = Math.max(LEFT + 50, getWidth() - 10);
        double days = ChronoUnit.DAYS.between(start, end);
        double axisY = 6 + Math.max(1, periods.size()) * ROW;
        Line axis = new Line(LEFT, axisY, w, axisY);
        axis.getStyleClass().add("timeline-axis");
        nodes.add(axis);
        for (LocalDate y = start.withDayOfYear(1).plusYears(start.getDayOfYear() == 1 ? 0 : 1); y.isBefore(end); y = y.plusYears(1)) {
            double x = LEFT + (w - LEFT) * ChronoUnit.DAYS.between(start, y) / days;
            Line tick = new Line(x, axisY, x, axisY + 5);
            tick.getStyleClass().add("timeline-axis");
            Text t = new Text(x - 14, axisY + 17, Integer.toString(y.getYear()));
            t.getStyleClass().add("timeline-label");
            nodes.add(tick);
            nodes.add(t);
        }
        if (periods.isEmpty()) {
            Text none = new Text(LEFT, 18, "No disruptions: add one to a list above.");
            none.getStyleClass().add("timeline-label");
            nodes.add(none);
        }
        for (int i = 0; i < periods.size(); i++) {
            DisruptionPeriods.Period p = periods.get(i);
            double y = 4 + i * ROW;
            double x0 = LEFT + (w - LEFT) * Math.max(0, ChronoUnit.DAYS.between(start, p.from())) / days;
            double x1 = LEFT + (w - LEFT) * Math.min(days, ChronoUnit.DAYS.between(start, p.to())) / days;
            Text label = new Text(6, y + 14, p.kind() + ": " + p.name());
            label.getStyleClass().add("timeline-label");
            nodes.add(label);
            if (x1 > x0) {
                Rectangle bar = new Rectangle(x0, y + 2, Math.max(2, x1 - x0), ROW - 6);
                bar.getStyleClass().add("timeline-bar");
                nodes.add(bar);
            } else {
                Text outside = new Text(LEFT, y + 14, "(outside the simulated period: " + p.from() + ")");
                outside.getStyleClass().add("timeline-label");
                nodes.add(outside);
            }
        }
        getChildren().setAll(nodes);
    }
}
