package org.scmsim.scenarios.format;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.scmsim.model.config.DeploymentYear;
import org.scmsim.model.config.Scenario;

/**
 * Rules that involve more than one field of a scenario (the records check each field's own range
 * when they are built). Every rule is checked, so a file with several mistakes reports them all;
 * each problem points at the line of the field to change.
 */
public final class ScenarioRules {

    /** One i-period: pseudonym and application certificates are issued per week. */
    static final Duration I_PERIOD = Duration.ofDays(7);

    private final Scenario s;
    private final LocatedTree tree;
    private final List<ScenarioProblem> problems = new ArrayList<>();

    private ScenarioRules(Scenario s, LocatedTree tree) {
        this.s = s;
        this.tree = tree;
    }

    /** Every cross-field problem of a bound scenario, located in {@code tree}. */
    public static List<ScenarioProblem> check(Scenario s, LocatedTree tree) {
        ScenarioRules r = new ScenarioRules(s, tree);
        r.certificatesCoverTheirWeek();
        r.somethingIsDeployedWithinTheHorizon();
        r.policyChangesKeepAValidPolicy();
        r.cryptoBackendLoads();
        r.rsuWavesFindTheirRsus();
        r.problems.sort(java.util.Comparator.comparing((ScenarioProblem p) -> p.location().source())
                .thenComparingInt(p -> p.location().line()).thenComparingInt(p -> p.location().column()));
        return r.problems;
    }

    /** A certificate of week i must stay valid until week i+1's certificate takes over. */
    private void certificatesCoverTheirWeek() {
        Duration pseudo = s.policy().pseudonym().validity();
        if (pseudo.compareTo(I_PERIOD) < 0) {
            problem("/policy/pseudonym/validity", "is " + pseudo + ", shorter than the one-week i-period: every week would"
                    + " have hours without a valid pseudonym certificate (CAMP: PT169H = one week + 1 h overlap)");
        }
        Duration app = s.policy().application().validity();
        if (app.compareTo(I_PERIOD) < 0) {
            problem("/policy/application/validity", "is " + app + ", shorter than the one-week renewal period: RSUs would"
                    + " have hours without a valid application certificate (real SCMS: PT169H)");
        }
    }

    /** A backend named explicitly must load here (auto falls back to bc by itself). */
    private void cryptoBackendLoads() {
        var f = s.fidelity();
        if (f.mode() != org.scmsim.model.config.Fidelity.Mode.MODEL) {
            org.scmsim.model.crypto.CryptoLoops.unavailable(f.backend())
                    .ifPresent(why -> problem("/fidelity/backend", why));
        }
    }

    /** A deployment curve that starts after the horizon ends leaves nothing to simulate. */
    private void somethingIsDeployedWithinTheHorizon() {
        LocalDate end = s.start().plusDays(Math.max(0, s.horizon().toDays()));
        List<DeploymentYear> years = s.deployment().years();
        int firstWithDevices = -1;
        for (int k = 0; k < years.size(); k++) {
            if (years.get(k).obus() + years.get(k).rsus() > 0) {
                firstWithDevices = k;
                break;
            }
        }
        if (firstWithDevices < 0) {
            problem("/deployment/years", "adds no OBU and no RSU in any year: there is nothing to simulate");
        } else if (!LocalDate.of(years.get(firstWithDevices).year(), 1, 1).isBefore(end)) {
            problem("/deployment/years/" + firstWithDevices + "/year", "the first year with devices ("
                    + years.get(firstWithDevices).year() + ") begins after the simulated period ends (start " + s.start()
                    + " + horizon " + s.horizon().toDays() + " days = " + end + "): no device would join");
        }
    }

    /**
     * Each policy change, applied in date order on top of the policy before it, must leave a policy
     * that passes the policy's own rules; and it must come after the first week (week 0 is
     * provisioned under the scenario's policy: change policy.pseudonym instead).
     */
    private void policyChangesKeepAValidPolicy() {
        List<org.scmsim.model.config.PolicyChange> changes = s.disruptions().policyChanges();
        Integer[] order = new Integer[changes.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparing(i -> changes.get(i).from()));
        org.scmsim.model.config.PseudonymPolicy p = s.policy().pseudonym();
        for (int i : order) {
            org.scmsim.model.config.PolicyChange c = changes.get(i);
            String at = "/disruptions/policyChanges/" + i;
            if (!c.from().isAfter(s.start())) {
                problem(at + "/from", "is " + c.from() + ", not after the start (" + s.start()
                        + "); a policy from the start is policy.pseudonym itself");
            }
            try {
                p = c.applyTo(p);
            } catch (org.scmsim.model.config.InvalidFieldException e) {
                String field = switch (e.field()) {
                    case "perWeek", "pregenerateWeeks", "downloadWeeks", "topOffWeeks" -> e.field();
                    default -> "name";
                };
                problem(at + "/" + field, e.rule());
            }
        }
    }

    /**
     * Issue 6: an RSU misbehaviour wave needs that many RSUs in the deployment (a wave outside the
     * simulated period is left out, like an OBU wave, so that a shorter horizon stays valid).
     */
    private void rsuWavesFindTheirRsus() {
        long rsus = 0;
        for (DeploymentYear y : s.deployment().years()) {
            rsus += y.rsus();
        }
        List<org.scmsim.model.config.MisbehaviorWave> waves = s.misbehavior().rsuWaves();
        for (int i = 0; i < waves.size(); i++) {
            var w = waves.get(i);
            String at = "/misbehavior/rsuWaves/" + i;
            if (w.devices() > rsus) {
                problem(at + "/devices", "is " + w.devices() + ", more RSUs than the deployment has in all its years ("
                        + rsus + ")");
            }
        }
    }

    private void problem(String pointer, String message) {
        problems.add(new ScenarioProblem(tree.locate(pointer), LocatedTree.dotted(pointer), message));
    }
}
