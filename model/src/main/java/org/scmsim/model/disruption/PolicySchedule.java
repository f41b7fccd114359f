package org.scmsim.model.disruption;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.scmsim.model.config.PolicyChange;
import org.scmsim.model.config.PseudonymPolicy;
import org.scmsim.model.config.Scenario;

/**
 * The pseudonym policy in force week by week: the scenario's policy, replaced by each policy
 * change (a new LPF) from the first week boundary on or after its day. Changes apply in date
 * order (file order for the same day), each on top of the policy before it.
 */
public final class PolicySchedule {

    private static final double WEEK = 7 * 86_400.0;

    /** One change: the week it takes effect, its name and the policy from then on. */
    public record Step(int week, String name, PseudonymPolicy policy) {
    }

    private final PseudonymPolicy base;
    private final List<Step> steps = new ArrayList<>();

    public PolicySchedule(Scenario s) {
        this.base = s.policy().pseudonym();
        List<PolicyChange> changes = new ArrayList<>(s.disruptions().policyChanges());
        changes.sort(Comparator.comparing(PolicyChange::from));
        PseudonymPolicy p = base;
        for (PolicyChange c : changes) {
            double at = ChronoUnit.DAYS.between(s.start(), c.from()) * 86_400.0;
            int week = (int) Math.max(1, Math.ceil(at / WEEK));   // week 0 is provisioned under the scenario's policy
            p = c.applyTo(p);
            steps.add(new Step(week, c.name(), p));
        }
    }

    /** The policy in force in week {@code w}. */
    public PseudonymPolicy inForce(int w) {
        PseudonymPolicy p = base;
        for (Step s : steps) {
            if (s.week() <= w) {
                p = s.policy();
            }
        }
        return p;
    }

    /** The changes, in the order they take effect. */
    public List<Step> steps() {
        return steps;
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }
}
