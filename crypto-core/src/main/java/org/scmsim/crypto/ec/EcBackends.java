package org.scmsim.crypto.ec;

import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** Finds EC backends by name. {@value #DEFAULT} (BouncyCastle) is always available. */
public final class EcBackends {

    /** The default backend's name. */
    public static final String DEFAULT = BcEcBackend.NAME;

    private EcBackends() {
    }

    /** Every available backend provider by name (sorted). */
    public static Map<String, EcBackendProvider> providers() {
        Map<String, EcBackendProvider> byName = new TreeMap<>();
        byName.put(BcEcBackend.NAME, new BcEcBackend.Provider());
        for (EcBackendProvider p : ServiceLoader.load(EcBackendProvider.class, EcBackends.class.getClassLoader())) {
            byName.putIfAbsent(p.name(), p);
        }
        return byName;
    }

    /**
     * A new backend named {@code name} using {@code randomness}.
     *
     * @throws IllegalArgumentException naming the known backends if there is no such backend
     */
    public static EcBackend create(String name, Randomness randomness) {
        EcBackendProvider p = providers().get(name);
        if (p == null) {
            throw new IllegalArgumentException("unknown crypto backend '" + name + "' (available: "
                    + String.join(", ", providers().keySet()) + ")");
        }
        return p.create(randomness);
    }

    /** The default (BouncyCastle) backend with the given randomness. */
    public static EcBackend createDefault(Randomness randomness) {
        return new BcEcBackend(randomness);
    }
}
