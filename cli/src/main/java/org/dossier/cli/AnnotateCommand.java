package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.annotate.AnnotationCache;
import org.dossier.annotate.Annotator;
import org.dossier.annotate.CachingAnnotator;
import org.dossier.annotate.QuoteTagger;
import org.dossier.annotate.corenlp.CoreNlpAnnotator;
import org.dossier.annotate.corenlp.CoreNlpConfig;
import org.dossier.annotate.corenlp.CoreNlpNameTagger;
import org.dossier.annotate.corenlp.CoreNlpQuoteTagger;
import org.dossier.annotate.corenlp.CoreNlpTrueCaser;
import org.dossier.annotate.names.CapitalsRecaser;
import org.dossier.annotate.names.LabelConsistency;
import org.dossier.annotate.names.NameAgreement;
import org.dossier.annotate.names.NameClassRefiner;
import org.dossier.build.AtomicFiles;
import org.dossier.embed.BgeNameTagger;
import org.dossier.embed.BgeWordVectors;
import org.dossier.extract.StandardFactExtractor;
import org.dossier.extract.event.EventCoder;
import org.dossier.extract.event.PloverEvent;
import org.dossier.extract.time.TimexMention;
import org.dossier.extract.time.TimexRefiner;
import org.dossier.formats.ConllFormat;
import org.dossier.formats.JsonLinesFormat;
import org.dossier.formats.PloverFormat;
import org.dossier.formats.TimemlFormat;
import org.dossier.annotate.CombinedTimeExpressions;
import org.dossier.annotate.TimeTagger;
import org.dossier.annotate.heideltime.HeidelTimeTagger;
import org.dossier.model.Phase;
import org.dossier.model.Source;
import org.dossier.model.fact.DocumentFacts;
import org.dossier.model.nlp.AnnotatedDocument;
import org.dossier.model.nlp.Sentence;
import org.dossier.model.nlp.Span;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier annotate}: the per-document layer in evaluation formats (CoNLL-2003, TimeML, JSON lines, PLOVER events). */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = "Annotate documents with the per-document layer, in an evaluation format.")
public final class AnnotateCommand implements Callable<Integer> {

    enum Format { conll, timeml, jsonl, plover }

    enum QuoteSource { ours, corenlp }

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "conll: CoNLL-2003 columns in, the same lines plus an IOB2 name tag out; "
                    + "timeml: TempEval-3 TimeML in, the same file with TIMEX3 tags out; "
                    + "jsonl: plain text in, one JSON line per quote, mention and time expression out; "
                    + "plover: a JSON array of records with a text field in, one JSON line per record with the coded "
                    + "PLOVER event, source and target actors out.")
    Format format;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Input files; - for standard input.")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "Output file (one input) or folder (several inputs; files keep their names). Default: stdout.")
    Path output;

    @Option(names = "--quotes", paramLabel = "SOURCE", defaultValue = "ours",
            description = "With --format jsonl, where the quote lines come from: ours (the extractor's rules, default) or "
                    + "corenlp (CoreNLP's own quote annotator and speaker attribution, with coreference: slow), to compare "
                    + "the two on the same text.")
    QuoteSource quotes;

    @Option(names = "--raw-timex",
            description = "With --format timeml, the tagger's time expressions (see --timex) as they are, without "
                    + "TimexRefiner: to measure what the refiner adds.")
    boolean rawTimex;

    enum TimexSource { sutime, heideltime, combined }

    @Option(names = "--timex", paramLabel = "TAGGER", defaultValue = "combined",
            description = "With --format timeml, which tagger finds the time expressions before TimexRefiner: combined "
                    + "(HeidelTime's, completed by CoreNLP's SUTime where HeidelTime found nothing or less; default), "
                    + "heideltime or sutime alone: to compare them.")
    TimexSource timexSource;

    enum NameClasses { refined, tagger }

    enum NameModel { bge, corenlp }

    @Option(names = "--name-tagger", paramLabel = "MODEL", defaultValue = "bge",
            description = "With --format conll, the tagger that finds names: bge (bge-small-en-v1.5 fine-tuned on "
                    + "CoNLL-2003's training set, its names kept where CoreNLP's CoNLL 4-class model finds them too or "
                    + "where it is confident; default) or corenlp (CoreNLP's CoNLL 4-class model, on headlines "
                    + "re-cased, then NameClassRefiner unless --name-classes tagger): to compare them.")
    NameModel nameModel;

    @Option(names = "--name-classes", paramLabel = "HOW", defaultValue = "refined",
            description = "With --format conll and --name-tagger corenlp, the class of each name: refined (the "
                    + "tagger's, then made consistent across the document, then decided again by NameClassRefiner from "
                    + "BGE word vectors and CoreNLP's 3-class and MUC 7-class models; default) or tagger (without that "
                    + "last step): to measure what it adds.")
    NameClasses nameClasses;

    @Option(names = "--cache", paramLabel = "DIR", description = "Annotation cache (default: $DOSSIER_CACHE or ~/.cache/dossier).")
    Path cache;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (rawTimex && format != Format.timeml) {
            err.println("dossier annotate: --raw-timex needs --format timeml");
            return DossierCommand.USER_ERROR;
        }
        if (timexSource != TimexSource.combined && format != Format.timeml) {
            err.println("dossier annotate: --timex needs --format timeml");
            return DossierCommand.USER_ERROR;
        }
        if (nameClasses != NameClasses.refined && format != Format.conll) {
            err.println("dossier annotate: --name-classes needs --format conll");
            return DossierCommand.USER_ERROR;
        }
        if (nameClasses != NameClasses.refined && nameModel == NameModel.bge) {
            err.println("dossier annotate: --name-classes needs --name-tagger corenlp");
            return DossierCommand.USER_ERROR;
        }
        if (nameModel != NameModel.bge && format != Format.conll) {
            err.println("dossier annotate: --name-tagger needs --format conll");
            return DossierCommand.USER_ERROR;
        }
        if (quotes == QuoteSource.corenlp && format != Format.jsonl) {
            err.println("dossier annotate: --quotes corenlp needs --format jsonl");
            return DossierCommand.USER_ERROR;
        }
        List<String[]> docs = new ArrayList<>();
        for (String in : inputs) {
            try {
                String text = in.equals("-") ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                        : Files.readString(Path.of(in), StandardCharsets.UTF_8);
                docs.add(new String[] {in, text.startsWith("\uFEFF") ? text.substring(1) : text});
            } catch (IOException | RuntimeException e) {
                err.println("dossier annotate: " + in + ": cannot read (" + e.getClass().getSimpleName() + ")");
                return DossierCommand.USER_ERROR;
            }
        }
        if (docs.size() > 1 && output != null && Files.exists(output) && !Files.isDirectory(output)) {
            err.println("dossier annotate: -o must be a folder when there are several inputs: " + output);
            return DossierCommand.USER_ERROR;
        }
        List<String[]> results = switch (format) {
            case conll -> conll(docs);
            case timeml -> timeml(docs, err);
            case jsonl -> jsonl(docs);
            case plover -> plover(docs, err);
        };
        if (results == null) {
            return DossierCommand.USER_ERROR;
        }
        try {
            write(results);
        } catch (IOException e) {
            err.println("dossier annotate: cannot write " + output + " (" + e.getMessage() + ")");
            return DossierCommand.USER_ERROR;
        }
        return 0;
    }

    private List<String[]> conll(List<String[]> docs) {
        BgeNameTagger bge = nameModel == NameModel.bge ? new BgeNameTagger() : null;
        CoreNlpNameTagger crf = new CoreNlpNameTagger();
        CapitalsRecaser recaser = new CapitalsRecaser(new CoreNlpTrueCaser());
        LabelConsistency consistency = new LabelConsistency();
        NameClassRefiner refiner = bge != null || nameClasses != NameClasses.refined ? null
                : NameClassRefiner.standard(new BgeWordVectors(), CoreNlpNameTagger.threeClass(),
                        CoreNlpNameTagger.mucSevenClass());
        ConllFormat conll = new ConllFormat();
        List<String[]> out = new ArrayList<>();
        for (String[] d : docs) {
            out.add(new String[] {d[0], conll.tag(d[1], sentences -> {
                List<List<String>> recased = recaser.recase(sentences);
                List<List<String>> classes = consistency.apply(recased, crf.tag(recased));
                if (bge != null) {
                    List<List<String>> tagged = new ArrayList<>();
                    List<List<double[]>> probabilities = new ArrayList<>();
                    for (BgeNameTagger.Reading r : bge.read(sentences)) {
                        tagged.add(r.classes());
                        probabilities.add(r.probabilities());
                    }
                    classes = NameAgreement.STANDARD.apply(consistency.apply(sentences, tagged), probabilities, classes);
                }
                return refiner == null ? classes : refiner.apply(sentences, classes);
            })});
        }
        return out;
    }

    private List<String[]> timeml(List<String[]> docs, PrintWriter err) {
        CoreNlpConfig config = new CoreNlpConfig(CoreNlpConfig.DEFAULT.nerModels(), CoreNlpConfig.FineClasses.NONE,
                CoreNlpConfig.DEFAULT.maxSentenceTokens());
        Annotator annotator = cached(config);
        TimemlFormat timeml = new TimemlFormat();
        TimexRefiner refiner = new TimexRefiner();
        TimeTagger heidelTime = timexSource != TimexSource.sutime ? new HeidelTimeTagger() : null;
        List<String[]> out = new ArrayList<>();
        for (String[] d : docs) {
            TimemlFormat.Document doc = timeml.read(d[1]);
            if (doc == null) {
                err.println("warning: " + d[0] + ": no <TEXT> element, copied unchanged");
                out.add(d);
                continue;
            }
            AnnotatedDocument a = annotator.annotate(source(d[0], doc.text()), doc.creationDate());
            if (heidelTime != null) {
                try {
                    a = timexSource == TimexSource.combined ? CombinedTimeExpressions.of(a, heidelTime)
                            : CombinedTimeExpressions.replaced(a, heidelTime);
                } catch (IllegalStateException e) {
                    // one document HeidelTime cannot read keeps SUTime's expressions; the others are not affected
                    err.println("warning: " + d[0] + ": " + e.getMessage() + "; SUTime's time expressions used");
                }
            }
            List<TimemlFormat.Timex> timexes = new ArrayList<>();
            if (rawTimex) {
                for (Span s : a.spans()) {
                    if (Span.isTimeType(s.type()) && s.normalized() != null && !s.normalized().isBlank()) {
                        timexes.add(new TimemlFormat.Timex(s.start(), s.end(), s.type(), s.normalized()));
                    }
                }
            } else {
                for (TimexMention t : refiner.refine(a)) {
                    timexes.add(new TimemlFormat.Timex(t.start(), t.end(), t.type(), t.value()));
                }
            }
            out.add(new String[] {d[0], timeml.write(d[1], timexes)});
        }
        return out;
    }

    private List<String[]> jsonl(List<String[]> docs) {
        Annotator annotator = cached(CoreNlpConfig.DEFAULT);
        StandardFactExtractor extractor = new StandardFactExtractor();
        QuoteTagger corenlpQuotes = quotes == QuoteSource.corenlp ? new CoreNlpQuoteTagger() : null;
        JsonLinesFormat jsonl = new JsonLinesFormat();
        List<String[]> out = new ArrayList<>();
        for (String[] d : docs) {
            Source s = source(d[0], d[1]);
            DocumentFacts facts = extractor.extract(annotator.annotate(s, null));
            if (corenlpQuotes != null) {
                facts = new DocumentFacts(facts.sourceId(), facts.mentions(), corenlpQuotes.quotes(s), facts.figures(),
                        facts.times(), facts.claims(), facts.events(), facts.anaphors());
            }
            List<String> lines = jsonl.lines(facts);
            out.add(new String[] {d[0], lines.isEmpty() ? "" : String.join("\n", lines) + "\n"});
        }
        return out;
    }

    private List<String[]> plover(List<String[]> docs, PrintWriter err) {
        PloverFormat plover = new PloverFormat();
        List<List<PloverFormat.Record>> inputs = new ArrayList<>();
        for (String[] d : docs) {
            try {
                inputs.add(plover.read(d[1]));
            } catch (IOException e) {
                String why = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
                err.println("dossier annotate: " + d[0] + ": not a JSON array of records (" + why + ")");
                return null;
            }
        }
        Annotator annotator = cached(CoreNlpConfig.DEFAULT);
        EventCoder coder = EventCoder.standard();
        List<String[]> out = new ArrayList<>();
        for (int k = 0; k < docs.size(); k++) {
            StringBuilder lines = new StringBuilder();
            for (PloverFormat.Record r : inputs.get(k)) {
                AnnotatedDocument a = annotator.annotate(source(r.id(), r.text()), null);
                PloverEvent event = null;
                String date = null;
                for (Sentence s : a.sentences()) {
                    event = coder.code(a, s);
                    if (event != null) {
                        date = dateIn(a, s);
                        break;
                    }
                }
                lines.append(plover.line(r.id(), event, date)).append('\n');
            }
            out.add(new String[] {docs.get(k)[0], lines.toString()});
        }
        return out;
    }

    /** The first resolved date of the sentence, or null. */
    private static String dateIn(AnnotatedDocument a, Sentence s) {
        for (Span span : a.spans()) {
            if (span.sentence() == s.index() && span.type().equals("DATE") && span.normalized() != null) {
                return span.normalized();
            }
        }
        return null;
    }

    private Annotator cached(CoreNlpConfig config) {
        Path dir = cache != null ? cache : BuildCommand.defaultCache();
        return new CachingAnnotator(config.fingerprint(), () -> new CoreNlpAnnotator(config), new AnnotationCache(dir));
    }

    private static Source source(String name, String text) {
        String file = name.equals("-") ? "stdin" : Path.of(name).getFileName().toString();
        int dot = file.lastIndexOf('.');
        String id = dot > 0 ? file.substring(0, dot) : file;
        return new Source(id, null, null, null, null, null, false, "en", Phase.UNKNOWN, text, List.of(), List.of());
    }

    private void write(List<String[]> results) throws IOException {
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            results.forEach(r -> out.print(r[1]));
            out.flush();
            return;
        }
        if (results.size() == 1 && !Files.isDirectory(output)) {
            AtomicFiles.write(output, results.get(0)[1]);
            return;
        }
        Files.createDirectories(output);
        for (String[] r : results) {
            String name = r[0].equals("-") ? "stdin" : Path.of(r[0]).getFileName().toString();
            AtomicFiles.write(output.resolve(name), r[1]);
        }
    }
}
