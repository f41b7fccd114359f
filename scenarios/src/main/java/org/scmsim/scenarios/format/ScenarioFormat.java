package org.scmsim.scenarios.format;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Duration;
import org.scmsim.model.config.Scenario;

/** The Jackson set-up for scenario files: strict when reading, plain ISO values when writing. */
public final class ScenarioFormat {

    private ScenarioFormat() {
    }

    /** Binds trees to records; unknown keys, missing keys and nulls for numbers are errors. */
    public static ObjectMapper reader() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .build();
    }

    /** Writes records as YAML: durations as ISO-8601 text, enums in lower case. */
    public static YAMLMapper writer() {
        return YAMLMapper.builder(new YAMLFactory()
                        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                        .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR))
                .addModule(new JavaTimeModule())
                .addModule(new com.fasterxml.jackson.databind.module.SimpleModule().addSerializer(Duration.class, new DaysFirst()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .configure(EnumFeature.WRITE_ENUMS_TO_LOWERCASE, true)
                .build();
    }

    /** Writes whole days as P7D rather than Java's PT168H; anything else as ISO-8601. */
    static final class DaysFirst extends com.fasterxml.jackson.databind.ser.std.StdSerializer<Duration> {
        DaysFirst() {
            super(Duration.class);
        }

        @Override
        public void serialize(Duration d, com.fasterxml.jackson.core.JsonGenerator g,
                              com.fasterxml.jackson.databind.SerializerProvider p) throws java.io.IOException {
            long s = d.getSeconds();
            boolean wholeDays = d.getNano() == 0 && s % 86_400 == 0 && s > 0;
            g.writeString(wholeDays ? "P" + s / 86_400 + "D" : d.toString());
        }
    }

    /** The scenario as YAML, every field present (what {@code scenario.resolved.yaml} holds). */
    public static String toYaml(Scenario scenario) {
        try {
            return writer().writeValueAsString(scenario);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write scenario as YAML", e);
        }
    }
}
