package org.scmsim.results.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.scmsim.results.report.Report.Block;
import org.scmsim.results.report.Report.Paragraph;
import org.scmsim.results.report.Report.Section;
import org.scmsim.results.report.Report.TableBlock;

/** Section "Certificate durations": the guide's duration clauses filled from the scenario's policy. */
final class DurationsSection {

    /** Policy fields that say how far ahead a device holds certificates. */
    private static final Pattern AHEAD = Pattern.compile("(?i).*(pregenerat|provision|lookahead|reserve|depth|ahead|future|download|topoff).*");

    private DurationsSection() {
    }

    static Section build(ReportContext ctx) {
        JsonNode policy = ctx.data.field("policy");
        List<Block> b = new ArrayList<>();
        Table t = Table.of("Certificate", "Validity", "Usable concurrently", "Held in advance", "Source");
        List<String> clauses = new ArrayList<>();

        JsonNode ps = policy.path("pseudonym");
        if (ps.isObject()) {
            String validity = Fmt.duration(ps.path("validity").asText("?"));
            String concurrent = ps.path("perWeek").asText("?") + " per week (i-period)";
            String ahead = ahead(ps, "policy.pseudonym");
            t.row("OBU pseudonym", validity, concurrent, ahead, fields("policy.pseudonym", ps));
            clauses.add("OBU Pseudonym Certificates – " + validity + " duration with " + ps.path("perWeek").asText("?")
                    + " certificates usable concurrently, and " + ahead + " available to device.");
        } else {
            clauses.add("OBU Pseudonym Certificates – not in this scenario's policy.");
        }
        JsonNode id = policy.path("identification");
        if (id.isObject()) {
            String validity = id.has("validity") ? Fmt.duration(id.path("validity").asText())
                    : "<not set in this scenario's policy>";
            String ahead = ahead(id, "policy.identification");
            String concurrent = id.has("perWeek") ? id.path("perWeek").asText() + " per week (i-period), privileged OBUs only" : "1";
            t.row("OBU identification", validity, concurrent, ahead, fields("policy.identification", id));
            clauses.add("OBU Identification Certificates – " + validity + " duration with " + ahead + " available to device.");
        } else {
            t.row("OBU identification", "–", "–", "–", "not in this scenario's policy (" + Fmt.NOT_SIMULATED + ")");
            clauses.add("OBU Identification Certificates – not in this scenario's policy; " + Fmt.NOT_SIMULATED + ".");
        }
        JsonNode app = policy.path("application");
        if (app.isObject()) {
            String validity = Fmt.duration(app.path("validity").asText("?"));
            String ahead = ahead(app, "policy.application");
            List<String> psids = new ArrayList<>();
            app.path("psids").forEach(p -> psids.add(p.isValueNode() ? p.asText() : p.path("name").asText(p.toString())));
            for (JsonNode p : app.path("psids")) {
                String name = p.isValueNode() ? p.asText() : p.path("name").asText(p.toString());
                String v = p.isObject() && p.has("validity") ? Fmt.duration(p.path("validity").asText()) : validity;
                t.row("RSU application: " + name, v, "1 per PSID", ahead, fields("policy.application", app));
            }
            clauses.add("RSU Application Certificates – " + validity + " duration for each of " + String.join(", ", psids)
                    + " (one certificate per application at a time), with " + ahead + " held in reserve.");
        }
        JsonNode enr = policy.path("enrollment");
        if (enr.isObject()) {
            t.row("Enrollment (OBU and RSU)", Fmt.duration(enr.path("validity").asText("?")), "1", "–", fields("policy.enrollment", enr));
        }
        b.add(new Paragraph("The individual certificate durations the procurement must require, in the wording of the "
                + "procurement resource, as this scenario's policy (its Local Policy File) sets them:"));
        b.add(new Paragraph(String.join("\n\n", clauses.stream().map(c -> "• " + c).toList())));
        b.add(new TableBlock("certificate-durations", "Certificate durations", t, "scenario fields policy.*"));
        Table all = Table.of("Policy field", "Value");
        for (Map.Entry<String, String> e : ReportContext.leaves("policy", policy).entrySet()) {
            all.row(e.getKey(), e.getKey().endsWith("validity") ? Fmt.duration(e.getValue()) : e.getValue());
        }
        b.add(new TableBlock("policy", "Every policy field of the scenario", all, "scenario fields policy.*"));
        return new Section("durations", "Certificate durations", b);
    }

    /** The policy fields saying how far ahead certificates are held, or what the run did without one. */
    private static String ahead(JsonNode node, String path) {
        List<String> out = new ArrayList<>();
        node.fields().forEachRemaining(e -> {
            if (AHEAD.matcher(e.getKey()).matches() && e.getValue().isValueNode()) {
                String v = e.getValue().asText();
                String unit = e.getKey().toLowerCase(java.util.Locale.ROOT).contains("week") ? " week(s)" : "";
                out.add((v.startsWith("P") ? Fmt.duration(v) : v + unit) + " (" + path + "." + e.getKey() + ")");
            }
        });
        return out.isEmpty() ? "<not set in this scenario's policy>" : String.join(", ", out);
    }

    private static String fields(String path, JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(n -> names.add(path + "." + n));
        return "scenario fields " + String.join(", ", names);
    }
}
