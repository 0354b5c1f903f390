package org.dossier.extract;

import java.util.ArrayList;
import java.util.List;
import org.dossier.extract.claim.ClaimClassifier;
import org.dossier.extract.figure.FigureExtractor;
import org.dossier.extract.mention.MentionExtractor;
import org.dossier.extract.quote.QuoteExtractor;
import org.dossier.extract.time.TimeExpressionExtractor;
import org.dossier.model.Evidence;
import org.dossier.model.fact.Claim;
import org.dossier.model.fact.DocumentFacts;
import org.dossier.model.fact.Mention;
import org.dossier.model.nlp.AnnotatedDocument;
import org.dossier.model.nlp.Sentence;

/** Runs every extractor over one document: mentions, quotes, figures, time expressions and claims. Stateless, thread-safe. */
public final class StandardFactExtractor implements FactExtractor {

    private final MentionExtractor mentions = new MentionExtractor();
    private final QuoteExtractor quotes = new QuoteExtractor();
    private final FigureExtractor figures = new FigureExtractor();
    private final TimeExpressionExtractor times = new TimeExpressionExtractor();
    private final ClaimClassifier claims = new ClaimClassifier();

    @Override
    public DocumentFacts extract(AnnotatedDocument doc) {
        String id = doc.source().id();
        List<Mention> found = mentions.extract(doc);
        List<Claim> claimList = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            Claim c = claims.classify(Evidence.of(id, doc.text(), s.start(), s.end()), doc.tokensOf(s));
            if (c != null) {
                claimList.add(c);
            }
        }
        return new DocumentFacts(id, found, quotes.extract(doc, found), figures.extract(id, doc.text(), doc.sentences()),
                times.extract(doc), claimList);
    }
}
