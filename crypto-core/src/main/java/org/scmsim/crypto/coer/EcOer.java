package org.scmsim.crypto.coer;

import java.math.BigInteger;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.EccP256CurvePoint;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.EcdsaP256Signature;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.Point256;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.PublicVerificationKey;
import org.bouncycastle.oer.its.ieee1609dot2.basetypes.Signature;
import org.bouncycastle.math.ec.ECPoint;
import org.scmsim.crypto.ec.EcCurve;
import org.scmsim.crypto.ec.EcdsaSignature;

/** Conversions between 1609.2 curve points / signatures and {@link ECPoint} / {@link EcdsaSignature}. */
public final class EcOer {

    private EcOer() {
    }

    /** The canonical (compressed) {@code EccP256CurvePoint} of {@code p}. */
    public static EccP256CurvePoint compressed(ECPoint p) {
        ECPoint n = p.normalize();
        byte[] x = EcCurve.to32Bytes(n.getAffineXCoord().toBigInteger());
        return n.getAffineYCoord().testBitZero() ? EccP256CurvePoint.compressedY1(x) : EccP256CurvePoint.compressedY0(x);
    }

    /**
     * The point an {@code EccP256CurvePoint} denotes on {@code curve}.
     *
     * @throws IllegalArgumentException for x-only / fill (not a full point) or a point not on the curve
     */
    public static ECPoint toPoint(EcCurve curve, EccP256CurvePoint cp) {
        switch (cp.getChoice()) {
            case EccP256CurvePoint.compressedY0:
                return curve.decompress(octets(cp), 0);
            case EccP256CurvePoint.compressedY1:
                return curve.decompress(octets(cp), 1);
            case EccP256CurvePoint.uncompressedP256: {
                Point256 p = Point256.getInstance(cp.getEccp256CurvePoint());
                byte[] enc = new byte[65];
                enc[0] = 0x04;
                System.arraycopy(p.getX().getOctets(), 0, enc, 1, 32);
                System.arraycopy(p.getY().getOctets(), 0, enc, 33, 32);
                return curve.decodePoint(enc);
            }
            default:
                throw new IllegalArgumentException("EccP256CurvePoint choice " + cp.getChoice() + " (x-only/fill) is not a full point");
        }
    }

    private static byte[] octets(EccP256CurvePoint cp) {
        return ASN1OctetString.getInstance(cp.getEccp256CurvePoint()).getOctets();
    }

    /** The curve of a {@code PublicVerificationKey} choice. */
    public static EcCurve curveOf(PublicVerificationKey key) {
        switch (key.getChoice()) {
            case PublicVerificationKey.ecdsaNistP256:
                return EcCurve.NIST_P256;
            case PublicVerificationKey.ecdsaBrainpoolP256r1:
                return EcCurve.BRAINPOOL_P256R1;
            default:
                throw new IllegalArgumentException("unsupported verification key type (choice " + key.getChoice() + ")");
        }
    }

    /** A {@code PublicVerificationKey} for {@code p} on {@code curve}, compressed. */
    public static PublicVerificationKey verificationKey(EcCurve curve, ECPoint p) {
        EccP256CurvePoint c = compressed(p);
        return curve == EcCurve.NIST_P256 ? PublicVerificationKey.ecdsaNistP256(c) : PublicVerificationKey.ecdsaBrainpoolP256r1(c);
    }

    /** The curve of a {@code Signature} choice. */
    public static EcCurve curveOf(Signature signature) {
        switch (signature.getChoice()) {
            case Signature.ecdsaNistP256Signature:
                return EcCurve.NIST_P256;
            case Signature.ecdsaBrainpoolP256r1Signature:
                return EcCurve.BRAINPOOL_P256R1;
            default:
                throw new IllegalArgumentException("unsupported signature type (choice " + signature.getChoice() + ")");
        }
    }

    /** A 1609.2 {@code Signature} with the canonical x-only rSig. */
    public static Signature signature(EcCurve curve, EcdsaSignature s) {
        EcdsaP256Signature sig = new EcdsaP256Signature(EccP256CurvePoint.xOnly(s.rBytes()), new DEROctetString(s.sBytes()));
        return curve == EcCurve.NIST_P256 ? Signature.ecdsaNistP256Signature(sig) : Signature.ecdsaBrainpoolP256r1Signature(sig);
    }

    /**
     * The (r, s) of a 1609.2 P-256 signature: r is the rSig x-coordinate reduced mod n (x-only,
     * compressed or uncompressed rSig alike).
     *
     * @throws IllegalArgumentException for an unsupported signature type or a zero r/s
     */
    public static EcdsaSignature ecdsa(Signature signature) {
        EcCurve curve = curveOf(signature);
        EcdsaP256Signature sig = EcdsaP256Signature.getInstance(signature.getSignature());
        EccP256CurvePoint rSig = sig.getRSig();
        byte[] x;
        switch (rSig.getChoice()) {
            case EccP256CurvePoint.xonly:
            case EccP256CurvePoint.compressedY0:
            case EccP256CurvePoint.compressedY1:
                x = octets(rSig);
                break;
            case EccP256CurvePoint.uncompressedP256:
                x = Point256.getInstance(rSig.getEccp256CurvePoint()).getX().getOctets();
                break;
            default:
                throw new IllegalArgumentException("rSig is 'fill', not a signature value");
        }
        BigInteger r = new BigInteger(1, x).mod(curve.order());
        BigInteger s = new BigInteger(1, sig.getSSig().getOctets());
        return new EcdsaSignature(r, s);
    }
}
