package org.scmsim.results.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The column names reports and charts look for in a run's time series ({@code weekly.csv},
 * {@code daily.csv}). Several spellings are accepted for each figure, newest first, so that older
 * run folders keep working; a figure none of whose columns is present was not simulated.
 *
 * <ul>
 *   <li>certificates by type: {@code <type>_issued}, else {@code <type>_requested}, for the
 *       types of {@link CertificateType};</li>
 *   <li>devices: {@code obus_active}, {@code rsus_active};</li>
 *   <li>per SCMS component ({@link #COMPONENTS}): {@code <c>_requests}, {@code <c>_certificates},
 *       {@code <c>_backlog}, {@code <c>_peak_backlog}, {@code <c>_wait_seconds},
 *       {@code <c>_utilisation}; the first model's single RA→PCA stage wrote
 *       {@code requests_completed}, {@code certificates_issued}, {@code backlog_certificates},
 *       {@code peak_backlog_certificates}, {@code mean_response_seconds};</li>
 *   <li>devices without valid certificates: {@code obus_out_of_certificates},
 *       {@code obu_hours_without_certificate}, and the same for RSUs (older spellings
 *       {@code obus_without_certificates}, {@code obu_hours_without_certificates});</li>
 *   <li>bytes: {@code download_bytes}, {@code crl_bytes} (CRL bytes OBUs received; older spelling
 *       {@code crl_bytes_downloaded}); CRL: {@code crl_size_bytes}, {@code crl_entries},
 *       {@code crl_reach} (share of active OBUs holding the latest CRL).</li>
 * </ul>
 */
public final class Columns {

    /** Certificate types a deployment buys, as the procurement guide names them. */
    public enum CertificateType {
        PSEUDONYM("Pseudonym (OBU)"),
        IDENTIFICATION("Identification (OBU)"),
        APPLICATION("Application (RSU)"),
        ENROLLMENT("Enrollment (OBU and RSU)");

        private final String label;

        CertificateType(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** SCMS components in request order, as column prefixes. */
    public static final List<String> COMPONENTS = List.of("eca", "ra", "la1", "la2", "pca", "crlg", "ma");

    public static final String OBUS_ACTIVE = "obus_active";
    public static final String RSUS_ACTIVE = "rsus_active";

    private Columns() {
    }

    /**
     * Adds the columns reports read that a run wrote in parts: certificate download bytes (all
     * channels), downloads, and per-component work where the model records it by certificate type
     * rather than by component (PCA certificates = pseudonym + identification + application issued;
     * ECA certificates = enrollment issued; RA requests = device and RSU requests completed, when the
     * run has per-component columns). Returns the same table.
     */
    public static TimeTable derive(TimeTable t) {
        t.deriveSum("download_bytes", "bytes_rsu", "bytes_cellular", "bytes_wifi", "bytes");
        t.deriveSum("downloads", "downloads_rsu", "downloads_cellular", "downloads_wifi");
        boolean components = t.columnNames().stream().anyMatch(n -> n.startsWith("ra_") || n.startsWith("pca_"));
        if (components) {
            t.deriveSum("pca_certificates", "pseudonym_issued", "identification_issued", "application_issued");
            t.deriveSum("eca_certificates", "enrollment_issued");
            t.deriveSum("ra_requests", "requests_completed");
            t.deriveSum("ra_download_requests", "downloads");
        }
        return t;
    }

    /** The column counting certificates of this type per period: issued if recorded, else requested. */
    public static Optional<String> certificates(TimeTable t, CertificateType type) {
        return t.first(type.key() + "_issued", type.key() + "_certificates_issued", type.key() + "_requested");
    }

    /** A component's figure: {@code measure} is requests, certificates, backlog, peak_backlog, wait_seconds or utilisation. */
    public static Optional<String> component(TimeTable t, String component, String measure) {
        List<String> names = new ArrayList<>(List.of(component + "_" + measure));
        switch (measure) {
            case "requests" -> names.add(component + "_requests_completed");
            case "certificates" -> names.add(component + "_certificates_issued");
            case "wait_seconds" -> names.add(component + "_mean_wait_seconds");
            case "backlog" -> names.add(component + "_backlog_certificates");
            default -> { }
        }
        boolean perComponent = perComponent(t);
        if (component.equals(WHOLE) && perComponent) {
            switch (measure) {
                case "backlog" -> names.add("backlog_certificates");
                case "peak_backlog" -> names.add("peak_backlog_certificates");
                case "wait_seconds" -> names.add("mean_response_seconds");
                default -> { }
            }
        }
        if (component.equals("pca") && !perComponent) {
            switch (measure) {
                case "requests" -> names.add("requests_completed");
                case "certificates" -> names.add("certificates_issued");
                case "backlog" -> names.add("backlog_certificates");
                case "peak_backlog" -> names.add("peak_backlog_certificates");
                case "wait_seconds" -> names.add("mean_response_seconds");
                default -> { }
            }
        }
        return t.first(names.toArray(String[]::new));
    }

    /** The SCMS as a whole (request to issue), for runs that record its backlog but per-component figures too. */
    public static final String WHOLE = "scms";

    /** True when the run wrote per-component columns ({@code ra_…}, {@code pca_…}). */
    public static boolean perComponent(TimeTable t) {
        return t.columnNames().stream().anyMatch(n -> n.startsWith("ra_") || n.startsWith("pca_"));
    }

    /** Components with at least one column in the table (and the SCMS as a whole where recorded). */
    public static List<String> components(TimeTable t) {
        List<String> out = new ArrayList<>();
        List<String> all = new ArrayList<>(COMPONENTS);
        all.add(WHOLE);
        for (String c : all) {
            for (String m : List.of("requests", "certificates", "backlog", "wait_seconds", "utilisation")) {
                if (component(t, c, m).isPresent()) {
                    out.add(c);
                    break;
                }
            }
        }
        return out;
    }

    /** How a component is called in a report. */
    public static String componentLabel(String c, TimeTable t) {
        return switch (c) {
            case "eca" -> "ECA (enrollment)";
            case "ra" -> "RA";
            case "la1" -> "LA1";
            case "la2" -> "LA2";
            case "pca" -> t.columnNames().stream().anyMatch(n -> n.startsWith("pca_") || n.startsWith("ra_"))
                    ? "PCA" : "RA→PCA issuance stage";
            case WHOLE -> "SCMS as a whole (request to issue)";
            case "crlg" -> "CRL generator";
            case "ma" -> "MA";
            default -> c.toUpperCase(Locale.ROOT);
        };
    }

    public static Optional<String> obusWithout(TimeTable t) {
        return t.first("obus_out_of_certificates", "obus_without_certificates");
    }

    public static Optional<String> obuHoursWithout(TimeTable t) {
        return t.first("obu_hours_without_certificate", "obu_hours_without_certificates");
    }

    public static Optional<String> rsusWithout(TimeTable t) {
        return t.first("rsus_out_of_certificates", "rsus_without_certificates");
    }

    public static Optional<String> rsuHoursWithout(TimeTable t) {
        return t.first("rsu_hours_without_certificate", "rsu_hours_without_certificates");
    }

    public static Optional<String> downloadBytes(TimeTable t) {
        return t.first("download_bytes", "bytes_downloaded");
    }

    public static Optional<String> crlBytesMoved(TimeTable t) {
        return t.first("crl_bytes", "crl_bytes_downloaded", "crl_download_bytes", "crl_bytes_moved");
    }

    public static Optional<String> crlSize(TimeTable t) {
        return t.first("crl_size_bytes");
    }

    public static Optional<String> crlEntries(TimeTable t) {
        return t.first("crl_entries");
    }

    public static Optional<String> crlReach(TimeTable t) {
        return t.first("crl_reach", "crl_reach_share");
    }

    public static Optional<String> late(TimeTable t) {
        return t.first("late_certificates");
    }
}
