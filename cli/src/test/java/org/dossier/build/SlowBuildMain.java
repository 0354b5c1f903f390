package org.dossier.build;

import java.nio.file.Path;
import java.util.List;

/** A build without models in its own process, slowed down so that a test can kill it part way: corpus, output, cache. */
public final class SlowBuildMain {

    private SlowBuildMain() {
    }

    public static void main(String[] args) {
        try {
            BuildResult r = TestBuilds.withoutModels(new FakeAnnotator(Long.parseLong(args[3]))).run(
                    new BuildOptions(List.of(Path.of(args[0])), Path.of(args[1]), Path.of(args[2]), 2), Progress.SILENT);
            System.out.println("built " + r.dossier().sources().size());
            System.exit(0);
        } catch (BuildException e) {
            System.err.println("dossier build: " + e.getMessage());
            System.exit(2);
        }
    }
}
