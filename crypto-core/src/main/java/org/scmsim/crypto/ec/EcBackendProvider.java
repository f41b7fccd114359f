package org.scmsim.crypto.ec;

/**
 * Makes one named {@link EcBackend}; found with {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/org.scmsim.crypto.ec.EcBackendProvider}).
 */
public interface EcBackendProvider {

    /** The backend's name, e.g. {@code bc} or {@code conscrypt}. */
    String name();

    /** A new backend drawing its randomness from {@code randomness}. */
    EcBackend create(Randomness randomness);
}
