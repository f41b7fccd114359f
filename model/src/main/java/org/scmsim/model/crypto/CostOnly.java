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
}
