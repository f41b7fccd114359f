package org.scmsim.scenarios.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.scmsim.model.config.Scenario;
import org.scmsim.results.data.ExperimentFolderReader;
import org.scmsim.results.data.MalformedResultsException;
import org.scmsim.results.data.ResultData;
import org.scmsim.results.data.RunFolderReader;
import org.scmsim.scenarios.cli.BadInputException;
import org.scmsim.scenarios.format.ScenarioException;
import org.scmsim.scenarios.format.ScenarioFormat;
import org.scmsim.scenarios.format.ScenarioLoader;

/**
 * Reads a results folder for reporting: checks its resolved scenario with the scenario loader
 * (so a damaged one is reported by line and field), then reads its data files.
 */
public final class ResultFolders {

    public static final String RESOLVED = "scenario.resolved.yaml";

    private ResultFolders() {
    }

    /** A run folder read back; every problem is a {@link BadInputException} or a {@link ScenarioException}. */
    public static ResultData read(Path dir) throws BadInputException, ScenarioException {
        return read(dir, null);
    }

    /**
     * A run or experiment folder read back. For an experiment, {@code cell} names the cell whose
     * figures the report's main sections show (null: the baseline arm's first cell).
     */
    public static ResultData read(Path dir, String cell) throws BadInputException, ScenarioException {
        if (!Files.exists(dir)) {
            throw new BadInputException(dir + ": no such folder");
        }
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir + " is not a folder (give the folder of a run or an experiment)");
        }
        if (ExperimentFolderReader.isExperimentFolder(dir)) {
            try {
                ExperimentFolderReader.Layout layout = ExperimentFolderReader.layout(dir, cell);
                String name = ExperimentFolderReader.SCENARIOS + "/" + layout.shown().id() + ".yaml";
                if (!Files.isRegularFile(dir.resolve(name))) {
                    name = RESOLVED;
                }
                JsonNode scenario = scenarioTree(dir.resolve(name));
                return ExperimentFolderReader.read(dir, layout, scenario, name);
            } catch (MalformedResultsException e) {
                throw new BadInputException(e.getMessage());
            }
        }
        if (cell != null) {
            throw new BadInputException("--cell " + cell + ": " + dir + " is a run folder, not an experiment");
        }
        if (!RunFolderReader.isRunFolder(dir)) {
            throw new BadInputException(dir + " is not a results folder: a run folder holds " + RESOLVED + ", "
                    + RunFolderReader.SUMMARY + " and " + RunFolderReader.WEEKLY + " (written by scmsim run --out DIR); "
                    + "an experiment folder holds " + ExperimentFolderReader.MANIFEST + " and " + ExperimentFolderReader.SUMMARY
                    + " (written by scmsim experiment FILE --out DIR)");
        }
        JsonNode scenario = scenarioTree(dir.resolve(RESOLVED));
        try {
            return RunFolderReader.read(dir, scenario, RESOLVED);
        } catch (MalformedResultsException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** The resolved scenario, checked by the loader, as a tree with every field. */
    static JsonNode scenarioTree(Path file) throws BadInputException, ScenarioException {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + " is missing: the report needs the run's resolved scenario");
        }
        Scenario s = new ScenarioLoader().load(file.toString()).scenario();
        return ScenarioFormat.writer().valueToTree(s);
    }
}
