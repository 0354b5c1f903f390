package org.dossier.cli;

import picocli.CommandLine;

/** Entry point of the {@code dossier} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(DossierCommand.commandLine().execute(args));
    }
}
