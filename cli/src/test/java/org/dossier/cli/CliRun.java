package org.dossier.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/**
 * One run of the {@code dossier} command line with captured streams: the exit code and everything written to stdout and
 * stderr.
 */
record CliRun(int exitCode, String out, String err) {

    /** Runs {@link DossierCommand#commandLine()} with these arguments, capturing both streams. */
    static CliRun execute(String... args) {
        return executeWithStdin(new byte[0], args);
    }

    /** Runs the command line with {@code stdin} as what the input {@code -} reads. */
    static CliRun executeWithStdin(byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = DossierCommand.commandLine();
        if (cl.getSubcommands().get("extract-text").getCommand() instanceof ExtractTextCommand extract) {
            extract.stdin = new java.io.ByteArrayInputStream(stdin);
        }
        if (cl.getSubcommands().get("build").getCommand() instanceof BuildCommand build) {
            build.stdin = new java.io.ByteArrayInputStream(stdin);
        }
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exitCode = cl.execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    /** The non-blank stderr lines; progress updates ({@code \r}) count as line breaks. */
    List<String> errLines() {
        return err.lines().flatMap(l -> List.of(l.split("\r")).stream()).filter(l -> !l.isBlank()).toList();
    }

    /** The stderr lines that start with {@code warning:}. */
    List<String> warnings() {
        return errLines().stream().filter(l -> l.startsWith("warning: ")).toList();
    }

    /** Both streams, for assertion messages. */
    String describe() {
        return "exit " + exitCode + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
    }
}
