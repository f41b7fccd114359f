package org.scmsim.crypto.misbehavior;

import java.util.List;
import java.util.Optional;
import org.scmsim.crypto.cert.Certificate;

/** A report as the MA received it. */
public record ReceivedReport(ReportVerdict verdict, Optional<Certificate> reporter, Optional<MisbehaviorReport> report,
        List<EvidenceCheck> evidence, String detail) {

    static ReceivedReport rejected(ReportVerdict verdict, String detail) {
        return new ReceivedReport(verdict, Optional.empty(), Optional.empty(), List.of(), detail);
    }

    /** The suspects whose authentic signed messages are in the evidence. */
    public List<Certificate> authenticSuspects() {
        return evidence.stream().filter(e -> e.status() == EvidenceCheck.EvidenceStatus.AUTHENTIC)
                .map(e -> e.suspect().orElseThrow()).distinct().toList();
    }
}
