package org.scmsim.scenarios.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The scenarios shipped with scmsim (the {@code scenarios/library} folder, on the classpath). */
public final class ScenarioLibrary {

    private static final String DIR = "/library/";

    private ScenarioLibrary() {
    }

    /** Names of the shipped scenarios, as listed in {@code library/index.txt}. */
    public static List<String> names() {
        try (InputStream in = ScenarioLibrary.class.getResourceAsStream(DIR + "index.txt")) {
            if (in == null) {
                return List.of();
            }
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .map(String::trim).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean exists(String name) {
        return ScenarioLibrary.class.getResource(DIR + name + ".yaml") != null;
    }

    static InputStream open(String name) throws IOException {
        InputStream in = ScenarioLibrary.class.getResourceAsStream(DIR + name + ".yaml");
        if (in == null) {
            throw new IOException("no shipped scenario " + name);
        }
        return in;
    }

    /** The text of a shipped scenario. */
    public static String text(String name) throws IOException {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
