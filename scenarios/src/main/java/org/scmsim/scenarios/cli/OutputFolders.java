package org.scmsim.scenarios.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Creating the folder a command writes into, with errors that name the option and the reason. */
public final class OutputFolders {

    private OutputFolders() {
    }

    /**
     * Creates {@code dir} (and its parents) if missing and checks it can be written, so a command
     * fails before its work, not after it: "--out a/b: cannot create the folder, /x/a is a file".
     */
    public static void create(Path dir, String option) throws BadInputException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BadInputException(option + " " + dir + " exists and is not a folder");
        }
        for (Path p = dir.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new BadInputException(option + " " + dir + ": cannot create the folder, " + p + " is a file");
                }
                break;
            }
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                    : e.getClass().getSimpleName();
            throw new BadInputException(option + " " + dir + ": cannot create the folder (" + reason + ")");
        }
        if (!Files.isWritable(dir)) {
            throw new BadInputException(option + " " + dir + ": the folder is not writable");
        }
    }

    /**
     * Checks before the work that {@code file} can be written: not a folder, and its folder exists
     * or can be created.
     */
    public static void forFile(Path file, String option) throws BadInputException {
        if (Files.isDirectory(file)) {
            throw new BadInputException(option + " " + file + " is a folder, expected a file name");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            try {
                create(parent, option);
            } catch (BadInputException e) {
                throw new BadInputException(option + " " + file + ": cannot write there: " + e.getMessage().substring(option.length() + 1));
            }
        }
    }
}
