package org.scmsim.ui.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.scmsim.results.io.Tables;
import org.scmsim.scenarios.experiment.ExperimentFolder;
import org.scmsim.scenarios.experiment.ReplicationRecord;
import org.scmsim.ui.run.Arm;

/**
 * Reads the arms of an experiment folder written earlier ({@code scmsim experiment}, or the
 * dashboard): each cell's finished replications from {@code replications/<cell>/rNNNNN.json}, so
 * they compare replication by replication like arms run in this session.
 */
public final class ExperimentFolders {

    private ExperimentFolders() {
    }

    /** The folder is not an experiment folder, or a file in it cannot be read. */
    public static final class NotAnExperiment extends Exception {
        NotAnExperiment(String message) {
            super(message);
        }
    }

    public static List<Arm> read(Path dir) throws NotAnExperiment {
        Path reps = dir.resolve(ExperimentFolder.REPLICATIONS_DIR);
        if (!Files.isRegularFile(dir.resolve(ExperimentFolder.EXPERIMENT)) || !Files.isDirectory(reps)) {
            throw new NotAnExperiment(dir + " is not an experiment folder (it holds no "
                    + ExperimentFolder.EXPERIMENT + " and " + ExperimentFolder.REPLICATIONS_DIR + "/)");
        }
        String name = experimentName(dir);
        ObjectMapper json = Tables.jsonMapper();
        List<Arm> arms = new ArrayList<>();
        java.util.Map<Arm, Integer> cellIndex = new java.util.IdentityHashMap<>();
        try (Stream<Path> cells = Files.list(reps)) {
            for (Path cell : cells.filter(Files::isDirectory).sorted().toList()) {
                List<ReplicationRecord> records = new ArrayList<>();
                try (Stream<Path> files = Files.list(cell)) {
                    for (Path f : files.filter(p -> p.getFileName().toString().matches("r\\d{5,}\\.json")).sorted().toList()) {
                        try {
                            records.add(ReplicationRecord.fromJson(Files.readAllBytes(f), json));
                        } catch (IOException | RuntimeException e) {
                            throw new NotAnExperiment(f + ": not a replication record (" + e.getMessage() + ")");
                        }
                    }
                }
                if (!records.isEmpty()) {
                    records.sort(Comparator.comparingInt(ReplicationRecord::replication));
                    Arm a = Arm.of(name + ": " + cell.getFileName(), "experiment folder " + dir + ", cell " + cell.getFileName(),
                            records, false);
                    arms.add(a);
                    cellIndex.put(a, records.get(0).cell());
                }
            }
        } catch (IOException e) {
            throw new NotAnExperiment("cannot read " + reps + ": " + e.getMessage());
        }
        if (arms.isEmpty()) {
            throw new NotAnExperiment(dir + " holds no finished replication yet");
        }
        arms.sort(Comparator.comparingInt(a -> cellIndex.get(a)));   // the experiment's order: baseline first
        return arms;
    }

    private static String experimentName(Path dir) {
        try {
            JsonNode n = new YAMLMapper().readTree(dir.resolve(ExperimentFolder.EXPERIMENT).toFile());
            String name = n == null ? "" : n.path("name").asText("");
            return name.isEmpty() ? dir.getFileName().toString() : name;
        } catch (IOException e) {
            return dir.getFileName().toString();
        }
    }
}
