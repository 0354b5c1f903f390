package org.dossier.spark;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The main class of the job jar: {@code spark-submit --class org.dossier.spark.SparkJobMain dossier-spark-job.jar facts …}
 * (the per-document stages) or {@code … discover …} (events and their dossiers).
 */
@Command(name = "dossier-spark", mixinStandardHelpOptions = true,
        subcommands = {SparkJobCommand.class, org.dossier.spark.discover.SparkDiscoverCommand.class},
        description = "Dossier jobs for spark-submit.")
public final class SparkJobMain implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    public static void main(String[] args) {
        int code = new CommandLine(SparkJobMain.class).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }
}
