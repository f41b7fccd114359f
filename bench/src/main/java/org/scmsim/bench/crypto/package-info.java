/**
 * JMH benchmarks of crypto-core: ECDSA sign and verify, ECQV issuance and reconstruction, COER
 * encode and decode, chain and message validation. Run with
 * {@code mvn -B -pl bench -am package -DskipTests && java -jar bench/target/benchmarks.jar 'org.scmsim.bench.crypto.*'}.
 */
package org.scmsim.bench.crypto;
