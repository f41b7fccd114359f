package org.scmsim.crypto.misbehavior;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.scmsim.crypto.base.Time32;
import org.scmsim.crypto.base.Time64;
import org.scmsim.crypto.cert.Certificate;
import org.scmsim.crypto.coer.CoerOutput;
import org.scmsim.crypto.coer.DecodeException;

/**
 * A misbehaviour report in the SAE J3287 shape (which reuses ETSI TS 103 759's report structure),
 * encoded in COER:
 * <pre>
 * SaeJ3287Mbr ::= SEQUENCE {
 *   generationTime      Time64,
 *   observationLocation ThreeDLocation,
 *   report              AidSpecificReport
 * }
 * AidSpecificReport ::= SEQUENCE {
 *   aid     Psid,                     -- the application reported on, e.g. 32 (BSM)
 *   content -- open type, by aid: the ASR --
 * }
 * AsrBsm ::= TemplateAsr              -- the AID-specific report, here for every aid:
 * TemplateAsr ::= SEQUENCE {
 *   observations      SEQUENCE (SIZE(1..MAX)) OF ObservationsByTarget,
 *   v2xPduEvidence    SEQUENCE (SIZE(1..MAX)) OF V2xPduStream,
 *   nonV2xPduEvidence SEQUENCE OF NonV2xPduEvidenceItem
 * }
 * ObservationsByTarget ::= SEQUENCE {
 *   tgtId        Uint8,
 *   observations SEQUENCE OF -- open type, by tgtId: an MbSingleObservation --
 * }
 * </pre>
 * (see {@link Observation}, {@link V2xPduStream}, {@link NonV2xPduEvidenceItem},
 * {@link ThreeDLocation}). Consecutive observations of one target are encoded as one
 * {@code ObservationsByTarget}. The report is then wrapped in {@link SaeJ3287Data}.
 *
 * <p>Written from the structure as the public TS 103 759 ASN.1 modules and a public J3287 toolkit
 * describe it (the J3287 text itself was not available): no extension markers are assumed in these
 * SEQUENCEs, and the content of every aid is read as a TemplateAsr.
 */
public record MisbehaviorReport(Time64 generationTime, ThreeDLocation observationLocation, long aid, List<Observation> observations,
        List<V2xPduStream> v2xPduEvidence, List<NonV2xPduEvidenceItem> nonV2xPduEvidence) {

    /** The AID of the Basic Safety Message. */
    public static final long AID_BSM = 32;

    public MisbehaviorReport {
        Objects.requireNonNull(generationTime, "generationTime");
        Objects.requireNonNull(observationLocation, "observationLocation");
        if (aid < 0) {
            throw new IllegalArgumentException("aid is a Psid (non-negative)");
        }
        observations = List.copyOf(observations);
        v2xPduEvidence = List.copyOf(v2xPduEvidence);
        nonV2xPduEvidence = List.copyOf(nonV2xPduEvidence);
        if (observations.isEmpty()) {
            throw new IllegalArgumentException("observations needs at least one Observation");
        }
        if (v2xPduEvidence.isEmpty()) {
            throw new IllegalArgumentException("v2xPduEvidence needs at least one V2xPduStream");
        }
    }

    /**
     * A report at a whole second, place unknown, whose evidence is the suspect's signed messages
     * (each carrying its certificate) in streams of at most 255, the first message the subject.
     */
    public MisbehaviorReport(Time32 generationTime, long aid, List<Observation> observations, List<byte[]> evidence) {
        this(new Time64(generationTime.value() * 1_000_000L), ThreeDLocation.UNKNOWN, aid, observations, streams(evidence), List.of());
    }

    private static List<V2xPduStream> streams(List<byte[]> evidence) {
        List<V2xPduStream> out = new ArrayList<>();
        for (int k = 0; k < evidence.size(); k += 255) {
            out.add(V2xPduStream.ofSignedMessages(evidence.subList(k, Math.min(evidence.size(), k + 255))));
        }
        return out;
    }

    /** Every evidence PDU, stream after stream (copies). */
    public List<byte[]> evidence() {
        List<byte[]> all = new ArrayList<>();
        for (V2xPduStream s : v2xPduEvidence) {
            all.addAll(s.pdus());
        }
        return all;
    }

    /** COER of the {@code SaeJ3287Mbr}. */
    public byte[] encode() {
        CoerOutput w = new CoerOutput(512);
        w.uint(generationTime.micros(), 8);
        w.uint(observationLocation.latitude(), 4).uint(observationLocation.longitude(), 4).uint(observationLocation.elevation(), 2);
        w.psid(aid);
        w.octets(encodeAsr());
        return w.toByteArray();
    }

    private byte[] encodeAsr() {
        CoerOutput w = new CoerOutput(512);
        List<List<Observation>> byTarget = new ArrayList<>();
        for (Observation o : observations) {
            if (byTarget.isEmpty() || byTarget.get(byTarget.size() - 1).get(0).targetId() != o.targetId()) {
                byTarget.add(new ArrayList<>());
            }
            byTarget.get(byTarget.size() - 1).add(o);
        }
        w.quantity(byTarget.size());
        for (List<Observation> t : byTarget) {
            w.write(t.get(0).targetId()).quantity(t.size());
            for (Observation o : t) {
                w.octets(new CoerOutput(o.value().length + 4).write(o.observationId()).octets(o.value()).toByteArray());
            }
        }
        w.quantity(v2xPduEvidence.size());
        for (V2xPduStream s : v2xPduEvidence) {
            w.write(s.certificate().isPresent() ? 0x80 : 0x00).write(s.type()).quantity(s.pdus().size());
            for (byte[] p : s.pdus()) {
                w.octets(p);
            }
            s.certificate().ifPresent(c -> w.write(c.encoded()));
            w.write(s.subjectPduIndex());
        }
        w.quantity(nonV2xPduEvidence.size());
        for (NonV2xPduEvidenceItem e : nonV2xPduEvidence) {
            w.write(e.id()).octets(e.evidence());
        }
        return w.toByteArray();
    }

    /**
     * Decodes one canonical COER {@code SaeJ3287Mbr}.
     *
     * @throws DecodeException naming the field (e.g. {@code report.content.v2xPduEvidence[0].subjectPduIndex})
     *     and the byte offset
     */
    public static MisbehaviorReport decode(byte[] in) throws DecodeException {
        MbrReader r = new MbrReader(in, "SaeJ3287Mbr");
        Time64 gen = new Time64(r.u64("generationTime"));
        ThreeDLocation loc = location(r);
        long aid = r.psid("report.aid");
        int contentStart = r.position();
        byte[] content = r.openType("report.content");
        r.expectEnd();
        MbrReader a = new MbrReader(content, "SaeJ3287Mbr report.content (at byte " + contentStart + ")");
        List<Observation> observations = new ArrayList<>();
        int nt = a.quantity("observations");
        if (nt == 0) {
            throw a.error("observations", "empty (SIZE(1..MAX))");
        }
        for (int t = 0; t < nt; t++) {
            String f = "observations[" + t + "]";
            int tgt = a.u8(f + ".tgtId");
            int no = a.quantity(f + ".observations");
            for (int k = 0; k < no; k++) {
                String g = f + ".observations[" + k + "]";
                int at = a.position();
                MbrReader single = new MbrReader(a.openType(g), "SaeJ3287Mbr report.content " + g + " (at content byte " + at + ")");
                int obs = single.u8("obsId");
                observations.add(new Observation(tgt, obs, single.openType("obs")));
                single.expectEnd();
            }
        }
        int ns = a.quantity("v2xPduEvidence");
        if (ns == 0) {
            throw a.error("v2xPduEvidence", "empty (SIZE(1..MAX))");
        }
        List<V2xPduStream> streams = new ArrayList<>(ns);
        for (int k = 0; k < ns; k++) {
            String f = "v2xPduEvidence[" + k + "]";
            int pre = a.preamble(f, 1);
            int type = a.u8(f + ".type");
            int np = a.quantity(f + ".v2xPdus");
            if (np == 0 || np > 255) {
                throw a.error(f + ".v2xPdus", np + " PDUs (SIZE(1..255))");
            }
            List<byte[]> pdus = new ArrayList<>(np);
            for (int p = 0; p < np; p++) {
                pdus.add(a.openType(f + ".v2xPdus[" + p + "]"));
            }
            Optional<Certificate> cert = (pre & 0x80) != 0 ? Optional.of(a.certificate(f + ".certificate")) : Optional.empty();
            int subject = a.u8(f + ".subjectPduIndex");
            if (subject >= np) {
                throw a.error(f + ".subjectPduIndex", subject + " is not one of the " + np + " PDUs");
            }
            streams.add(new V2xPduStream(type, pdus, cert, subject));
        }
        int ne = a.quantity("nonV2xPduEvidence");
        List<NonV2xPduEvidenceItem> items = new ArrayList<>(ne);
        for (int k = 0; k < ne; k++) {
            int id = a.u8("nonV2xPduEvidence[" + k + "].id");
            items.add(new NonV2xPduEvidenceItem(id, a.openType("nonV2xPduEvidence[" + k + "].evidence")));
        }
        a.expectEnd();
        return new MisbehaviorReport(gen, loc, aid, observations, streams, items);
    }

    private static ThreeDLocation location(MbrReader r) throws DecodeException {
        int lat = r.s32("observationLocation.latitude");
        if (lat < -900_000_000 || lat > ThreeDLocation.LATITUDE_UNKNOWN) {
            throw r.error("observationLocation.latitude", lat + " outside -900000000..900000001");
        }
        int lon = r.s32("observationLocation.longitude");
        if (lon < -1_799_999_999 || lon > ThreeDLocation.LONGITUDE_UNKNOWN) {
            throw r.error("observationLocation.longitude", lon + " outside -1799999999..1800000001");
        }
        return new ThreeDLocation(lat, lon, r.u16("observationLocation.elevation"));
    }
}
