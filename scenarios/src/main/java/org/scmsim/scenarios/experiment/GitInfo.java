package org.scmsim.scenarios.experiment;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The git commit scmsim was built from, if its jar or classes sit inside a git checkout: read from
 * the repository's files (HEAD, refs, packed-refs; worktrees too), without running git.
 */
final class GitInfo {

    private GitInfo() {
    }

    static Optional<String> commit() {
        try {
            Path here = Path.of(GitInfo.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
            for (Path p = here; p != null; p = p.getParent()) {
                Path dotGit = p.resolve(".git");
                if (Files.exists(dotGit)) {
                    return commitOf(dotGit);
                }
            }
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    static Optional<String> commitOf(Path dotGit) throws IOException {
        Path gitDir = dotGit;
        if (Files.isRegularFile(dotGit)) {   // a worktree: "gitdir: /path/to/.git/worktrees/name"
            String line = Files.readString(dotGit, StandardCharsets.UTF_8).trim();
            if (!line.startsWith("gitdir:")) {
                return Optional.empty();
            }
            gitDir = dotGit.getParent().resolve(line.substring(7).trim());
        }
        String head = Files.readString(gitDir.resolve("HEAD"), StandardCharsets.UTF_8).trim();
        if (!head.startsWith("ref:")) {
            return valid(head);
        }
        String ref = head.substring(4).trim();
        Path common = gitDir;
        Path commonFile = gitDir.resolve("commondir");
        if (Files.isRegularFile(commonFile)) {
            common = gitDir.resolve(Files.readString(commonFile, StandardCharsets.UTF_8).trim()).normalize();
        }
        for (Path dir : new Path[] {gitDir, common}) {
            Path loose = dir.resolve(ref);
            if (Files.isRegularFile(loose)) {
                return valid(Files.readString(loose, StandardCharsets.UTF_8).trim());
            }
        }
        Path packed = common.resolve("packed-refs");
        if (Files.isRegularFile(packed)) {
            for (String line : Files.readAllLines(packed, StandardCharsets.UTF_8)) {
                if (line.endsWith(" " + ref)) {
                    return valid(line.substring(0, line.indexOf(' ')));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> valid(String sha) {
        return sha.matches("[0-9a-f]{40}([0-9a-f]{24})?") ? Optional.of(sha) : Optional.empty();
    }
}
