package org.dossier.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dossier.extract.figure.FigureExtractor;
import org.dossier.extract.time.TimeExpressionExtractor;
import org.dossier.extract.time.TimexMention;
import org.dossier.extract.time.TimexRefiner;
import org.dossier.extract.time.TimexValue;
import org.dossier.model.fact.Figure;
import org.dossier.model.fact.TimeExpression;
import org.dossier.model.nlp.AnnotatedDocument;
import org.dossier.model.nlp.Sentence;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Figure and date normalization on inline sentences, with no NLP models: the per-document rules after annotation. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NormalizationBenchmark {

    /** Twelve news sentences with money, percentages, ranges, counts, years and ordinals. */
    static final String FIGURE_TEXT = String.join(" ",
            "The government approved a stimulus package worth $1.2 trillion on Tuesday.",
            "Exports rose 4.5% in the third quarter, the ministry said.",
            "Analysts expect growth of between 2 and 3 percent next year.",
            "At least 37 people were killed and more than 120 injured in the blast.",
            "The company will cut 12,000 jobs, about 8 percent of its workforce.",
            "Tariffs on steel will rise from 10% to 25% in March.",
            "Japan pledged ¥500 billion ($3.4 billion) in aid to the region.",
            "Some 2,500 troops and 40 tanks crossed the border in 2019.",
            "Prices fell by nearly a third, to €1.80 a litre.",
            "It was the second summit between the two leaders since Article 5 was invoked.",
            "The bank raised rates by 0.25 percentage points to 5.5%.",
            "Two ministers and three senior officials resigned within a week.");

    /** Dates as the annotator values them, with the reference date 2025-02-05. */
    static final String TAGGED_DATES = "The/DT leaders/NNS met/VBD on/IN Friday/NNP/DATE ./. "
            + "They/PRP will/MD meet/VB again/RB in/IN March/NNP/DATE ./. "
            + "Trade/NN grew/VBD in/IN the/DT second/JJ/DATE quarter/NN/DATE ./. "
            + "The/DT deal/NN ran/VBD from/IN 2009/CD/DATE to/TO/DATE 2011/CD/DATE ./. "
            + "Talks/NNS collapsed/VBD on/IN March/NNP/DATE 3/CD/DATE and/CC resumed/VBD three/CD/DATE days/NNS/DATE "
            + "later/RB/DATE ./. "
            + "The/DT 1990s/CD/DATE were/VBD different/JJ ./. "
            + "Fiscal/JJ/DATE 2024/CD/DATE ended/VBD last/JJ/DATE month/NN/DATE ./. "
            + "The/DT visit/NN is/VBZ set/VBN for/IN February/NNP/DATE 7/CD/DATE ,/, 2025/CD/DATE ./.";

    static final String[] TAGGED_VALUES = {"2025-02-07", "2025-03", "XXXX-Q2", "2009/2011", "2025-03-03", "2025-03-06",
        "199X", "2024", "2025-01", "2025-02-07"};

    static final String[] TIMEX_VALUES = {"2025-02-07", "2025-03", "2025-Q2", "2009", "199X", "2025-W06", "XXXX-03-03",
        "2025-02-07T10:30", "PRESENT_REF", "2024-SU", "20XX", "2025-02"};

    private final FigureExtractor figures = new FigureExtractor();
    private final TimexRefiner refiner = new TimexRefiner();
    private final TimeExpressionExtractor times = new TimeExpressionExtractor();
    private final List<Sentence> sentences = sentences(FIGURE_TEXT);
    private final AnnotatedDocument dated = TaggedDocument.parse(TAGGED_DATES, "2025-02-05", TAGGED_VALUES);

    /** Sentence bounds after ". ". */
    static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '.' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                out.add(new Sentence(out.size(), start, i + 1, 0, 0));
                start = i + 2;
            }
        }
        return out;
    }

    @Benchmark
    public List<Figure> figures() {
        return figures.extract("doc", FIGURE_TEXT, sentences);
    }

    @Benchmark
    public List<TimexMention> refineTimeExpressions() {
        return refiner.refine(dated);
    }

    @Benchmark
    public List<TimeExpression> resolveDates() {
        return times.extract(dated);
    }

    @Benchmark
    public int parseTimexValues() {
        int months = 0;
        for (String v : TIMEX_VALUES) {
            TimexValue t = TimexValue.parse(v);
            months += t == null ? 0 : t.month();
        }
        return months;
    }
}
