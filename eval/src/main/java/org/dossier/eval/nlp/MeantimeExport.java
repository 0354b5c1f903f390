package org.dossier.eval.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.eval.EvalException;

/**
 * Writes the MEANTIME articles as evaluation files, split into {@code dev} and {@code check} (every sixth article in
 * file-name order, kept aside to check that changes made while looking at dev carry over). Each split gets
 * {@code timeml/gold/ID.tml} (TempEval-3 form: DCT, TEXT with gold TIMEX3), {@code timeml/input/ID.tml} (the same without
 * TIMEX3), {@code names.gold.conll} (token and gold IOB2 tag) and {@code names.input.conll} (tokens only).
 */
public final class MeantimeExport {

    /** Every {@code CHECK_EVERY}-th article goes to the check split. */
    public static final int CHECK_EVERY = 6;

    private MeantimeExport() {
    }

    /** Reads every {@code .xml} article under {@code corpus} (recursively) and writes the files under {@code out}. */
    public static int export(Path corpus, Path out) throws EvalException, IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".xml")).sorted((a, b) -> a.getFileName().compareTo(b.getFileName())).toList();
        }
        if (files.isEmpty()) {
            throw new EvalException(corpus, "no MEANTIME .xml articles", null);
        }
        StringBuilder[] gold = {new StringBuilder(), new StringBuilder()};
        StringBuilder[] input = {new StringBuilder(), new StringBuilder()};
        for (int i = 0; i < files.size(); i++) {
            MeantimeDocument d = MeantimeReader.read(files.get(i));
            int split = i % CHECK_EVERY == CHECK_EVERY - 1 ? 1 : 0;
            Path dir = out.resolve(split == 0 ? "dev" : "check").resolve("timeml");
            write(dir.resolve("gold").resolve(d.id() + ".tml"), timeml(d, true));
            write(dir.resolve("input").resolve(d.id() + ".tml"), timeml(d, false));
            conll(d, gold[split], input[split]);
        }
        for (int split = 0; split < 2; split++) {
            Path dir = out.resolve(split == 0 ? "dev" : "check");
            write(dir.resolve("names.gold.conll"), gold[split].toString());
            write(dir.resolve("names.input.conll"), input[split].toString());
        }
        return files.size();
    }

    /** The article in TempEval-3 TimeML form, with or without its gold time expressions. */
    static String timeml(MeantimeDocument d, boolean withTimexes) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>").append(escape(d.id())).append("</DOCID>\n");
        if (d.creationTime() != null) {
            sb.append("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"").append(escape(d.creationTime()))
                    .append("\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">").append(escape(d.creationTime()))
                    .append("</TIMEX3></DCT>\n");
        }
        sb.append("<TEXT>");
        int copied = 0;
        int tid = 1;
        String text = d.text();
        for (TimemlFile.Timex t : withTimexes ? d.timexes() : List.<TimemlFile.Timex>of()) {
            sb.append(escape(text.substring(copied, t.start())));
            sb.append("<TIMEX3 tid=\"t").append(tid++).append("\" type=\"").append(escape(t.type())).append("\" value=\"")
                    .append(escape(t.value())).append("\">").append(escape(text.substring(t.start(), t.end()))).append("</TIMEX3>");
            copied = t.end();
        }
        sb.append(escape(text.substring(copied))).append("</TEXT>\n</TimeML>\n");
        return sb.toString();
    }

    private static void conll(MeantimeDocument d, StringBuilder gold, StringBuilder input) {
        gold.append("-DOCSTART- O\n\n");
        input.append("-DOCSTART-\n\n");
        for (int s = 0; s < d.sentences().size(); s++) {
            List<MeantimeDocument.Token> tokens = d.sentences().get(s);
            List<String> tags = new ArrayList<>();
            tokens.forEach(t -> tags.add("O"));
            for (MeantimeDocument.Name n : d.names()) {
                if (n.sentence() == s) {
                    for (int k = n.first(); k < n.end(); k++) {
                        tags.set(k, (k == n.first() ? "B-" : "I-") + n.type());
                    }
                }
            }
            for (int k = 0; k < tokens.size(); k++) {
                String word = tokens.get(k).text().replaceAll("\\s+", "_");
                gold.append(word).append(' ').append(tags.get(k)).append('\n');
                input.append(word).append('\n');
            }
            gold.append('\n');
            input.append('\n');
        }
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
