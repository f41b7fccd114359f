package org.scmsim.crypto.misbehavior;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.coer.DecodeException;

/**
 * A misbehavior report's content (the J3287 {@code SaeJ3287Mbr} shape, in our own compact COER
 * encoding, not J3287's exact ASN.1):
 * <pre>
 * MisbehaviorReport ::= SEQUENCE {
 *   version        Uint8 (1),
 *   generationTime Time32,
 *   aid            Uint32,                          -- the application, e.g. 32 (BSM)
 *   observations   SEQUENCE OF { tgtId Uint8, obsId Uint8 },
 *   evidence       SEQUENCE OF OCTET STRING         -- the suspect's signed Ieee1609Dot2Data
 * }
 * </pre>
 */
public record MisbehaviorReport(Time32 generationTime, long aid, List<Observation> observations, List<byte[]> evidence) {

    public MisbehaviorReport {
        Objects.requireNonNull(generationTime, "generationTime");
        if (aid < 0 || aid > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("aid is a Uint32");
        }
        observations = List.copyOf(observations);
        evidence = evidence.stream().map(byte[]::clone).toList();
    }

    public byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(1);
        u32(out, generationTime.value());
        u32(out, aid);
        quantity(out, observations.size());
        for (Observation o : observations) {
            out.write(o.targetId());
            out.write(o.observationId());
        }
        quantity(out, evidence.size());
        for (byte[] e : evidence) {
            length(out, e.length);
            out.writeBytes(e);
        }
        return out.toByteArray();
    }

    public static MisbehaviorReport decode(byte[] in) throws DecodeException {
        int[] at = {0};
        int version = u8(in, at, "version");
        if (version != 1) {
            throw new DecodeException("MisbehaviorReport", 0, "version " + version + ", expected 1");
        }
        Time32 gen = new Time32(u32(in, at, "generationTime"));
        long aid = u32(in, at, "aid");
        int no = quantity(in, at, "observations");
        List<Observation> obs = new ArrayList<>(no);
        for (int k = 0; k < no; k++) {
            obs.add(new Observation(u8(in, at, "tgtId"), u8(in, at, "obsId")));
        }
        int ne = quantity(in, at, "evidence");
        List<byte[]> ev = new ArrayList<>(ne);
        for (int k = 0; k < ne; k++) {
            int n = length(in, at, "evidence");
            need(in, at, n, "evidence");
            ev.add(java.util.Arrays.copyOfRange(in, at[0], at[0] + n));
            at[0] += n;
        }
        if (at[0] != in.length) {
            throw new DecodeException("MisbehaviorReport", at[0], (in.length - at[0]) + " trailing byte(s)");
        }
        return new MisbehaviorReport(gen, aid, obs, ev);
    }

    private static void u32(ByteArrayOutputStream out, long v) {
        out.write((int) (v >>> 24));
        out.write((int) (v >>> 16));
        out.write((int) (v >>> 8));
        out.write((int) v);
    }

    private static void length(ByteArrayOutputStream out, int n) {
        if (n < 128) {
            out.write(n);
        } else if (n < 256) {
            out.write(0x81);
            out.write(n);
        } else {
            out.write(0x82);
            out.write(n >>> 8);
            out.write(n);
        }
    }

    private static void quantity(ByteArrayOutputStream out, int n) {
        if (n < 256) {
            out.write(1);
            out.write(n);
        } else {
            out.write(2);
            out.write(n >>> 8);
            out.write(n);
        }
    }

    private static void need(byte[] in, int[] at, int n, String field) throws DecodeException {
        if (at[0] + n > in.length) {
            throw new DecodeException("MisbehaviorReport", at[0], "truncated in " + field);
        }
    }

    private static int u8(byte[] in, int[] at, String field) throws DecodeException {
        need(in, at, 1, field);
        return in[at[0]++] & 0xFF;
    }

    private static long u32(byte[] in, int[] at, String field) throws DecodeException {
        long v = 0;
        for (int k = 0; k < 4; k++) {
            v = (v << 8) | u8(in, at, field);
        }
        return v;
    }

    private static int length(byte[] in, int[] at, String field) throws DecodeException {
        int first = u8(in, at, field + " length");
        if (first < 128) {
            return first;
        }
        int k = first & 0x7F;
        if (k < 1 || k > 2) {
            throw new DecodeException("MisbehaviorReport", at[0] - 1, field + ": unsupported length form");
        }
        int n = 0;
        for (int q = 0; q < k; q++) {
            n = (n << 8) | u8(in, at, field + " length");
        }
        return n;
    }

    private static int quantity(byte[] in, int[] at, String field) throws DecodeException {
        int k = u8(in, at, field + " quantity");
        if (k < 1 || k > 2) {
            throw new DecodeException("MisbehaviorReport", at[0] - 1, field + ": unsupported quantity form");
        }
        int n = 0;
        for (int q = 0; q < k; q++) {
            n = (n << 8) | u8(in, at, field + " quantity");
        }
        if (n > in.length - at[0]) {
            throw new DecodeException("MisbehaviorReport", at[0], field + ": " + n + " elements cannot fit");
        }
        return n;
    }
}
