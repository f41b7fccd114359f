package org.scmsim.crypto.coer;

import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.oer.Element;
import org.bouncycastle.oer.OERDefinition;
import org.bouncycastle.oer.its.template.ieee1609dot2.IEEE1609dot2;
import org.bouncycastle.oer.its.template.ieee1609dot2.basetypes.Ieee1609Dot2BaseTypes;

/**
 * OER definitions of the IEEE 1609.2 structures we read and write, built with BouncyCastle's OER
 * machinery ({@link OERDefinition}) from its base-type templates.
 *
 * <p>Why not BouncyCastle's {@link IEEE1609dot2} templates as they are: BC 1.87 declares
 * {@code LinkageData} with an extension marker that the standard does not have. The preamble
 * octet of a real pseudonym certificate's LinkageData ({@code 0x80}: group-linkage-value present)
 * is then read as "extensions present, no optional field", and decoding fails ("presence list is
 * empty") on real SCMS pseudonym certificates. LinkageData is redefined here as in the standard,
 * and so is every definition that contains it (CertificateId, ToBeSignedCertificate,
 * CertificateBase, SequenceOfCertificate, SignerIdentifier, HeaderInfo, SignedData,
 * Ieee1609Dot2Content, Ieee1609Dot2Data). Second, BC's OER engine decodes an {@code OPAQUE}
 * element only by looking up a definition for its content, which its 1609.2 templates do not
 * provide, so {@code unsecuredData} and AES-CCM ciphertexts cannot be decoded with them; here
 * {@code Opaque} is declared as what it is on the wire, an OCTET STRING with a length
 * determinant, and the structures containing it (AesCcmCiphertext up to EncryptedData) are
 * rebuilt. The rest comes from BC unchanged. The resulting trees decode into BC's typed classes
 * ({@code org.bouncycastle.oer.its.ieee1609dot2.*}).
 */
public final class Ieee1609Dot2Schema {

    private Ieee1609Dot2Schema() {
    }

    /** {@code Opaque ::= OCTET STRING (SIZE(0..MAX))}: length determinant and octets. */
    public static final OERDefinition.Builder OPAQUE = OERDefinition.octets().unbounded().label("Opaque");

    /** {@code AesCcmCiphertext ::= SEQUENCE { nonce OCTET STRING (SIZE (12)), ccmCiphertext Opaque }} */
    public static final OERDefinition.Builder AES_CCM_CIPHERTEXT = OERDefinition.seq(
            OERDefinition.octets(12).label("nonce"),
            OPAQUE.label("ccmCiphertext")
    ).label("AesCcmCiphertext");

    /** {@code SymmetricCiphertext ::= CHOICE { aes128ccm AesCcmCiphertext, ... }} */
    public static final OERDefinition.Builder SYMMETRIC_CIPHERTEXT = OERDefinition.choice(
            AES_CCM_CIPHERTEXT.label("aes128ccm"),
            OERDefinition.extension()
    ).label("SymmetricCiphertext");

    /** {@code SymmRecipientInfo ::= SEQUENCE { recipientId HashedId8, encKey SymmetricCiphertext }} */
    public static final OERDefinition.Builder SYMM_RECIPIENT_INFO = OERDefinition.seq(
            Ieee1609Dot2BaseTypes.HashedId8.label("recipientId"),
            SYMMETRIC_CIPHERTEXT.label("encKey")
    ).label("SymmRecipientInfo");

    /**
     * <pre>
     * RecipientInfo ::= CHOICE {
     *   pskRecipInfo        PreSharedKeyRecipientInfo,
     *   symmRecipInfo       SymmRecipientInfo,
     *   certRecipInfo       PKRecipientInfo,
     *   signedDataRecipInfo PKRecipientInfo,
     *   rekRecipInfo        PKRecipientInfo
     * }
     * </pre>
     */
    public static final OERDefinition.Builder RECIPIENT_INFO = OERDefinition.choice(
            Ieee1609Dot2BaseTypes.HashedId8.label("pskRecipInfo"),
            SYMM_RECIPIENT_INFO.label("symmRecipInfo"),
            IEEE1609dot2.PKRecipientInfo.label("certRecipInfo"),
            IEEE1609dot2.PKRecipientInfo.label("signedDataRecipInfo"),
            IEEE1609dot2.PKRecipientInfo.label("rekRecipInfo")
    ).label("RecipientInfo");

    /** {@code EncryptedData ::= SEQUENCE { recipients SequenceOfRecipientInfo, ciphertext SymmetricCiphertext }} */
    public static final OERDefinition.Builder ENCRYPTED_DATA = OERDefinition.seq(
            OERDefinition.seqof(RECIPIENT_INFO).label("recipients"),
            SYMMETRIC_CIPHERTEXT.label("ciphertext")
    ).label("EncryptedData");

    /**
     * <pre>
     * LinkageData ::= SEQUENCE {
     *   iCert               IValue,
     *   linkage-value       LinkageValue,
     *   group-linkage-value GroupLinkageValue OPTIONAL
     * }
     * </pre>
     */
    public static final OERDefinition.Builder LINKAGE_DATA = OERDefinition.seq(
            Ieee1609Dot2BaseTypes.IValue.label("iCert"),
            Ieee1609Dot2BaseTypes.LinkageValue.label("linkage-value"),
            OERDefinition.optional(Ieee1609Dot2BaseTypes.GroupLinkageValue.label("group-linkage-value"))
    ).label("LinkageData");

    /**
     * <pre>
     * CertificateId ::= CHOICE {
     *   linkageData LinkageData,
     *   name        Hostname,
     *   binaryId    OCTET STRING(SIZE(1..64)),
     *   none        NULL,
     *   ...
     * }
     * </pre>
     */
    public static final OERDefinition.Builder CERTIFICATE_ID = OERDefinition.choice(
            LINKAGE_DATA.label("linkageData"),
            Ieee1609Dot2BaseTypes.Hostname.label("name"),
            OERDefinition.octets(1, 64).label("binaryId"),
            OERDefinition.nullValue().label("none"),
            OERDefinition.extension()
    ).label("CertificateId");

    /**
     * <pre>
     * ToBeSignedCertificate ::= SEQUENCE {
     *   id                     CertificateId,
     *   cracaId                HashedId3,
     *   crlSeries              CrlSeries,
     *   validityPeriod         ValidityPeriod,
     *   region                 GeographicRegion OPTIONAL,
     *   assuranceLevel         SubjectAssurance OPTIONAL,
     *   appPermissions         SequenceOfPsidSsp OPTIONAL,
     *   certIssuePermissions   SequenceOfPsidGroupPermissions OPTIONAL,
     *   certRequestPermissions SequenceOfPsidGroupPermissions OPTIONAL,
     *   canRequestRollover     NULL OPTIONAL,
     *   encryptionKey          PublicEncryptionKey OPTIONAL,
     *   verifyKeyIndicator     VerificationKeyIndicator,
     *   ...
     * }
     * </pre>
     */
    public static final OERDefinition.Builder TO_BE_SIGNED_CERTIFICATE = OERDefinition.seq(
            CERTIFICATE_ID.labelPrefix("id"),
            Ieee1609Dot2BaseTypes.HashedId3.labelPrefix("cracaId"),
            Ieee1609Dot2BaseTypes.CrlSeries.labelPrefix("crlSeries"),
            Ieee1609Dot2BaseTypes.ValidityPeriod.labelPrefix("validityPeriod"),
            OERDefinition.optional(
                    Ieee1609Dot2BaseTypes.GeographicRegion.labelPrefix("region"),
                    Ieee1609Dot2BaseTypes.SubjectAssurance.labelPrefix("assuranceLevel"),
                    Ieee1609Dot2BaseTypes.SequenceOfPsidSsp.labelPrefix("appPermissions"),
                    IEEE1609dot2.SequenceOfPsidGroupPermissions.labelPrefix("certIssuePermissions"),
                    IEEE1609dot2.SequenceOfPsidGroupPermissions.labelPrefix("certRequestPermissions"),
                    OERDefinition.nullValue().labelPrefix("canRequestRollover"),
                    Ieee1609Dot2BaseTypes.PublicEncryptionKey.labelPrefix("encryptionKey")),
            IEEE1609dot2.VerificationKeyIndicator.labelPrefix("verifyKeyIndicator"),
            OERDefinition.extension()
    ).label("ToBeSignedCertificate");

    /**
     * <pre>
     * CertificateBase ::= SEQUENCE {
     *   version    Uint8(3),
     *   type       CertificateType,
     *   issuer     IssuerIdentifier,
     *   toBeSigned ToBeSignedCertificate,
     *   signature  Signature OPTIONAL
     * }
     * Certificate ::= CertificateBase (ImplicitCertificate | ExplicitCertificate)
     * </pre>
     */
    public static final OERDefinition.Builder CERTIFICATE = OERDefinition.seq(
            Ieee1609Dot2BaseTypes.UINT8.label("version"),
            IEEE1609dot2.CertificateType.label("type"),
            IEEE1609dot2.IssuerIdentifier.label("issuer"),
            TO_BE_SIGNED_CERTIFICATE.label("toBeSigned"),
            OERDefinition.optional(Ieee1609Dot2BaseTypes.Signature.label("signature"))
    ).label("Certificate");

    /** {@code SequenceOfCertificate ::= SEQUENCE OF Certificate} */
    public static final OERDefinition.Builder SEQUENCE_OF_CERTIFICATE =
            OERDefinition.seqof(CERTIFICATE).label("SequenceOfCertificate");

    /**
     * <pre>
     * SignerIdentifier ::= CHOICE {
     *   digest      HashedId8,
     *   certificate SequenceOfCertificate,
     *   self        NULL,
     *   ...
     * }
     * </pre>
     */
    public static final OERDefinition.Builder SIGNER_IDENTIFIER = OERDefinition.choice(
            Ieee1609Dot2BaseTypes.HashedId8.label("digest"),
            SEQUENCE_OF_CERTIFICATE.label("certificate"),
            OERDefinition.nullValue().label("self"),
            OERDefinition.extension()
    ).label("SignerIdentifier");

    /**
     * <pre>
     * HeaderInfo ::= SEQUENCE {
     *   psid                  Psid,
     *   generationTime        Time64 OPTIONAL,
     *   expiryTime            Time64 OPTIONAL,
     *   generationLocation    ThreeDLocation OPTIONAL,
     *   p2pcdLearningRequest  HashedId3 OPTIONAL,
     *   missingCrlIdentifier  MissingCrlIdentifier OPTIONAL,
     *   encryptionKey         EncryptionKey OPTIONAL,
     *   ...,
     *   inlineP2pcdRequest    SequenceOfHashedId3 OPTIONAL,
     *   requestedCertificate  Certificate OPTIONAL,
     *   pduFunctionalType     PduFunctionalType OPTIONAL,
     *   contributedExtensions ContributedExtensionBlocks OPTIONAL
     * }
     * </pre>
     */
    public static final OERDefinition.Builder HEADER_INFO = OERDefinition.seq(
            Ieee1609Dot2BaseTypes.Psid.label("psid"),
            OERDefinition.optional(
                    Ieee1609Dot2BaseTypes.Time64.label("generationTime"),
                    Ieee1609Dot2BaseTypes.Time64.label("expiryTime"),
                    Ieee1609Dot2BaseTypes.ThreeDLocation.label("generationLocation"),
                    Ieee1609Dot2BaseTypes.HashedId3.label("p2pcdLearningRequest"),
                    IEEE1609dot2.MissingCrlIdentifier.label("missingCrlIdentifier"),
                    Ieee1609Dot2BaseTypes.EncryptionKey.label("encryptionKey")),
            OERDefinition.extension(OERDefinition.optional(
                    Ieee1609Dot2BaseTypes.SequenceOfHashedId3.label("inlineP2pcdRequest"),
                    CERTIFICATE.label("requestedCertificate"),
                    IEEE1609dot2.PduFunctionalType.label("pduFunctionalType"),
                    IEEE1609dot2.ContributedExtensionBlocks.label("contributedExtensions")))
    ).label("HeaderInfo");

    /** Ieee1609Dot2Data and SignedDataPayload refer to each other: built lazily once. */
    private static final OERDefinition.Builder SIGNED_DATA_DEFERRED = OERDefinition.deferred(new org.bouncycastle.oer.ElementSupplier() {
        private Element built;

        @Override
        public synchronized Element build() {
            if (built == null) {
                built = signedData().label("signedData").mayRecurse(true).build();
            }
            return built;
        }
    }).label("signedData").mayRecurse(true);

    /**
     * <pre>
     * Ieee1609Dot2Content ::= CHOICE {
     *   unsecuredData            Opaque,
     *   signedData               SignedData,
     *   encryptedData            EncryptedData,
     *   signedCertificateRequest Opaque,
     *   ...
     * }
     * </pre>
     */
    public static final OERDefinition.Builder IEEE1609_DOT2_CONTENT = OERDefinition.choice(
            OPAQUE.label("unsecuredData"),
            SIGNED_DATA_DEFERRED,
            ENCRYPTED_DATA.label("encryptedData"),
            OPAQUE.label("signedCertificateRequest"),
            OERDefinition.extension()
    ).label("Ieee1609Dot2Content");

    /**
     * <pre>
     * Ieee1609Dot2Data ::= SEQUENCE {
     *   protocolVersion Uint8(3),
     *   content         Ieee1609Dot2Content
     * }
     * </pre>
     */
    public static final OERDefinition.Builder IEEE1609_DOT2_DATA = OERDefinition.seq(
            Ieee1609Dot2BaseTypes.UINT8.validSwitchValue(new ASN1Integer(3)).label("protocolVersion"),
            IEEE1609_DOT2_CONTENT.label("content")
    ).label("Ieee1609Dot2Data");

    /**
     * <pre>
     * SignedDataPayload ::= SEQUENCE {
     *   data        Ieee1609Dot2Data OPTIONAL,
     *   extDataHash HashedData OPTIONAL,
     *   ...
     * }
     * </pre>
     */
    public static final OERDefinition.Builder SIGNED_DATA_PAYLOAD = OERDefinition.seq(
            OERDefinition.optional(IEEE1609_DOT2_DATA.label("data"), IEEE1609dot2.HashedData.label("extDataHash")),
            OERDefinition.extension()
    ).label("SignedDataPayload");

    /** {@code ToBeSignedData ::= SEQUENCE { payload SignedDataPayload, headerInfo HeaderInfo }} */
    public static final OERDefinition.Builder TO_BE_SIGNED_DATA = OERDefinition.seq(
            SIGNED_DATA_PAYLOAD.label("payload"),
            HEADER_INFO.label("headerInfo")
    ).label("ToBeSignedData");

    /**
     * <pre>
     * SignedData ::= SEQUENCE {
     *   hashId    HashAlgorithm,
     *   tbsData   ToBeSignedData,
     *   signer    SignerIdentifier,
     *   signature Signature
     * }
     * </pre>
     */
    private static OERDefinition.Builder signedData() {
        return OERDefinition.seq(
                Ieee1609Dot2BaseTypes.HashAlgorithm.label("hashId"),
                TO_BE_SIGNED_DATA.label("tbsData"),
                SIGNER_IDENTIFIER.label("signer"),
                Ieee1609Dot2BaseTypes.Signature.label("signature")
        ).label("SignedData");
    }

    /** Built element trees, ready for {@link Oer}. */
    public static final Element CERTIFICATE_ELEMENT = CERTIFICATE.build();
    public static final Element TO_BE_SIGNED_CERTIFICATE_ELEMENT = TO_BE_SIGNED_CERTIFICATE.build();
    public static final Element IEEE1609_DOT2_DATA_ELEMENT = IEEE1609_DOT2_DATA.build();
    public static final Element TO_BE_SIGNED_DATA_ELEMENT = TO_BE_SIGNED_DATA.build();
    public static final Element SIGNED_DATA_ELEMENT = signedData().build();
    public static final Element ENCRYPTED_DATA_ELEMENT = ENCRYPTED_DATA.build();
}
