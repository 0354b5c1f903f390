package org.dossier.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top command; every action is a subcommand. */
@Command(name = "dossier", mixinStandardHelpOptions = true, version = "dossier 0.1.0",
        description = "Turns the news coverage of a political event into a sourced, structured dossier.",
        subcommands = {BuildCommand.class, DiscoverCommand.class, EvalCommand.class, AnnotateCommand.class, ConvertCommand.class, ExtractTextCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class DossierCommand implements Runnable {

    /** Exit code for a user mistake: a missing file, a bad option. */
    public static final int USER_ERROR = 2;
    /** Exit code for a failure that is not the user's. */
    public static final int INTERNAL_ERROR = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** A configured command line: user errors print one line and usage hint, never a stack trace. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new DossierCommand());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("dossier: internal error: " + ex);
            return INTERNAL_ERROR;
        });
        return cl;
    }
}
