package org.scmsim.model.crypto;

/** {@code model} fidelity: the work is charged as service time only; nothing is computed. */
public final class CostOnly implements CryptoLoop {

    @Override
    public void enroll(int device, double now) {
    }

    @Override
    public void issuePseudonyms(int device, int firstWeek, int lastWeek, double now) {
    }

    @Override
    public void issueApplication(int device, int week, double now) {
    }

    @Override
    public void issueIdentification(int device, int firstWeek, int lastWeek, int perWeek, double now) {
    }

    @Override
    public void install(int device, int firstWeek, int lastWeek, double now) {
    }

    @Override
    public void signBsms(int device, int week, int rotations, double now) {
    }

    @Override
    public java.util.SortedMap<Integer, CryptoWork> settle() {
        return java.util.Collections.emptySortedMap();
    }

    @Override
    public String backendName() {
        return "none";
    }

    @Override
    public void close() {
    }

    @Override
    public boolean isReal(int device) {
        return false;
    }

    @Override
    public long operations() {
        return 0;
    }

    @Override
    public long certificatesIssued() {
        return 0;
    }

    @Override
    public int reportMisbehavior(int reporter, int suspect, double now) {
        return -1;
    }

    @Override
    public Verdict receiveReport(int report, int suspect, double now) {
        return Verdict.NOT_CHECKED;
    }

    @Override
    public Verdict revoke(int device, int iMax, double now) {
        return Verdict.NOT_CHECKED;
    }

    @Override
    public int issueCrl(int version, double now, double nextCrl) {
        return 0;
    }

    @Override
    public Verdict checkRevocation(int sender, int week, int crlVersion, double now) {
        return Verdict.NOT_CHECKED;
    }
}
