package org.scmsim.results.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import org.scmsim.results.chart.CostChart;
import org.scmsim.results.data.Columns;
import org.scmsim.results.data.Rows;
import org.scmsim.results.data.TimeTable;
import org.scmsim.results.report.Report.Block;
import org.scmsim.results.report.Report.Figure;
import org.scmsim.results.report.Report.Paragraph;
import org.scmsim.results.report.Report.Section;
import org.scmsim.results.report.Report.TableBlock;

/**
 * Section "Cost": the pricing models the scenario defines, and the cost by year and line item,
 * cumulative and per device-year under each, from the run's {@code cost.csv} (columns
 * {@code year}, {@code pricing_model}, {@code line_item}, {@code amount}).
 */
final class CostSection {

    static final List<String> PRICING_NODES = List.of("cost", "costs", "pricing", "contract");

    private CostSection() {
    }

    static Section build(ReportContext ctx) {
        List<Block> b = new ArrayList<>();
        Table defined = Table.of("Scenario field", "Value");
        for (String n : PRICING_NODES) {
            JsonNode node = ctx.data.field(n);
            if (n.equals("cost") && node.path("models").isArray() && node.path("models").isEmpty()) {
                continue;   // the model's cost section without any pricing model: nothing priced
            }
            if (!node.isMissingNode() && !node.isNull()) {
                ReportContext.leaves(n, node).forEach(defined::row);
            }
        }
        Rows cost = ctx.data.extras().get("cost.csv");
        JsonNode models = ctx.data.field("cost.models");
        boolean noModels = models.isArray() && models.isEmpty();
        if ((defined.rows().isEmpty() || noModels) && cost == null) {
            b.add(new Paragraph("Cost: " + Fmt.NOT_SIMULATED + ". The scenario defines no pricing model (per device-year, per "
                    + "certificate, per download, per enrollment, platform fees) and the run wrote no cost table. The "
                    + "certificate counts of Table 1 and the device counts are what such pricing would apply to."));
            return new Section("cost", "Cost under each pricing model", b);
        }
        if (!defined.rows().isEmpty()) {
            b.add(new TableBlock("pricing-models", "Pricing models as defined in the scenario", defined, "scenario fields "
                    + String.join(", ", PRICING_NODES.stream().filter(n -> !ctx.data.field(n).isMissingNode()).toList())));
        }
        if (cost == null) {
            b.add(new Paragraph("Cost by year and line item: " + Fmt.NOT_SIMULATED
                    + " (pricing is defined in the scenario but the run wrote no cost.csv)."));
            return new Section("cost", "Cost under each pricing model", b);
        }
        String currency = ctx.data.field("cost.currency").asText(ctx.data.field("pricing.currency").asText("cost"));
        // model -> year -> item -> amount
        Map<String, Map<Integer, Map<String, Double>>> byModel = new LinkedHashMap<>();
        Map<String, Map<Integer, Double>> presentValue = new LinkedHashMap<>();
        Set<Integer> optionYears = new java.util.TreeSet<>();
        Set<String> items = new LinkedHashSet<>();
        for (Map<String, String> r : cost.rows()) {
            OptionalDouble year = Rows.number(r, "year");
            OptionalDouble amount = Rows.number(r, r.containsKey("amount") ? "amount" : "cost");
            if (year.isEmpty() || amount.isEmpty()) {
                continue;
            }
            String model = r.getOrDefault("pricing_model", r.getOrDefault("model", "cost"));
            String item = r.getOrDefault("line_item", r.getOrDefault("item", "total"));
            items.add(item);
            int y = (int) year.getAsDouble();
            byModel.computeIfAbsent(model, k -> new TreeMap<>()).computeIfAbsent(y, k -> new LinkedHashMap<>())
                    .merge(item, amount.getAsDouble(), Double::sum);
            OptionalDouble pv = Rows.number(r, "present_value");
            if (pv.isPresent()) {
                presentValue.computeIfAbsent(model, k -> new TreeMap<>()).merge(y, pv.getAsDouble(), Double::sum);
            }
            if ("option".equalsIgnoreCase(r.getOrDefault("period", ""))) {
                optionYears.add(y);
            }
        }
        Map<Integer, Double> deviceYears = deviceYears(ctx.weekly());
        List<String> cols = new ArrayList<>(List.of("Pricing model", "Year"));
        cols.addAll(items);
        cols.add("Total");
        cols.add("Cumulative");
        if (!presentValue.isEmpty()) {
            cols.add("Present value");
        }
        cols.add("Per device-year");
        Table t = new Table(cols);
        Map<String, Map<Integer, Double>> cumulative = new LinkedHashMap<>();
        Map<String, Map<String, Double>> perDevice = new LinkedHashMap<>();
        for (Map.Entry<String, Map<Integer, Map<String, Double>>> m : byModel.entrySet()) {
            double cum = 0;
            for (Map.Entry<Integer, Map<String, Double>> y : m.getValue().entrySet()) {
                List<Object> row = new ArrayList<>(List.of(m.getKey(), y.getKey() + (optionYears.contains(y.getKey()) ? " (option)" : "")));
                double total = 0;
                for (String item : items) {
                    double v = y.getValue().getOrDefault(item, 0.0);
                    total += v;
                    row.add(Fmt.num(v));
                }
                cum += total;
                double dy = deviceYears.getOrDefault(y.getKey(), Double.NaN);
                row.add(Fmt.num(total));
                row.add(Fmt.num(cum));
                if (!presentValue.isEmpty()) {
                    row.add(Fmt.num(presentValue.getOrDefault(m.getKey(), Map.of()).getOrDefault(y.getKey(), Double.NaN)));
                }
                row.add(dy > 0 && !optionYears.contains(y.getKey()) ? Fmt.num(total / dy) : "–");
                t.row(row.toArray());
                cumulative.computeIfAbsent(m.getKey(), k -> new TreeMap<>()).put(y.getKey(), cum);
                if (dy > 0 && !optionYears.contains(y.getKey())) {
                    perDevice.computeIfAbsent(String.valueOf(y.getKey()), k -> new LinkedHashMap<>()).put(m.getKey(), total / dy);
                }
            }
        }
        b.add(new TableBlock("cost-by-year", "Cost by year and line item (" + currency + ")", t,
                "cost.csv (simulated usage priced by the scenario's pricing models; option years priced on the last "
                        + "year's usage); device-years from " + ctx.weeklySource() + " (OBUs and RSUs in service × days / 365.25)"));
        Table totals = Table.of("Figure", "Value", "Source");
        for (org.scmsim.results.data.Estimate e : ctx.data.metrics().values()) {
            if (e.metric().startsWith("cost_") || e.metric().equals("device_years")) {
                totals.row(CapacitySection.label(e.metric()), Fmt.est(e), e.provenance());
            }
        }
        if (!totals.rows().isEmpty()) {
            b.add(new TableBlock("cost-totals", "Total cost of ownership (first pricing model)", totals, "simulated metrics as named per row"));
        }
        for (Map.Entry<String, Map<Integer, Map<String, Double>>> m : byModel.entrySet()) {
            Map<String, Map<String, Double>> chart = new LinkedHashMap<>();
            m.getValue().forEach((y, its) -> chart.put(String.valueOf(y), its));
            String slug = m.getKey().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
            b.add(new Figure("cost-" + (slug.isEmpty() ? "model" : slug), "Cost by year and line item: " + m.getKey(),
                    CostChart.byYear("Cost by year: " + m.getKey(), currency, chart), "cost.csv"));
        }
        b.add(new Figure("cost-cumulative", "Cumulative cost under each pricing model",
                CostChart.cumulative("Cumulative cost", currency, cumulative), "cost.csv"));
        if (!perDevice.isEmpty()) {
            b.add(new Figure("cost-per-device-year", "Cost per device-year", CostChart.perDeviceYear("Cost per device-year", currency,
                    perDevice), "cost.csv and " + ctx.weeklySource()));
        }
        return new Section("cost", "Cost under each pricing model", b);
    }

    /** OBU and RSU device-years in service per calendar year, from the weekly series. */
    static Map<Integer, Double> deviceYears(TimeTable w) {
        Map<Integer, Double> out = new TreeMap<>();
        double[] days = w.has("days") ? w.column("days") : w.derive(i -> 7);
        double[] obus = w.has(Columns.OBUS_ACTIVE) ? w.column(Columns.OBUS_ACTIVE) : new double[w.size()];
        double[] rsus = w.has(Columns.RSUS_ACTIVE) ? w.column(Columns.RSUS_ACTIVE) : new double[w.size()];
        for (int i = 0; i < w.size(); i++) {
            out.merge(w.dates().get(i).getYear(), (obus[i] + rsus[i]) * days[i] / 365.25, Double::sum);
        }
        return out;
    }
}
