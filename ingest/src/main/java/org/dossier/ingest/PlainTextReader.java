package org.dossier.ingest;

import java.util.ArrayList;
import java.util.List;
import org.dossier.ingest.text.BoilerplateClassifier;
import org.dossier.ingest.text.ByteDecoder;
import org.dossier.ingest.text.Cleaning;
import org.dossier.ingest.text.DecodedText;
import org.dossier.ingest.text.LanguageGuesser;
import org.dossier.ingest.text.Line;
import org.dossier.ingest.text.TextAssembler;
import org.dossier.model.Phase;
import org.dossier.model.Source;

/**
 * Reads a plain-text article: decodes it, drops boilerplate lines, and reads the title, dateline, author and outlet
 * the text states. Dropped spans index the decoded text with its byte order mark removed. Stateless and thread-safe.
 */
public final class PlainTextReader implements SourceReader {

    @Override
    public Source read(RawInput input) throws IngestException {
        if (input == null) {
            throw new IllegalArgumentException("input must not be null");
        }
        String id = input.id();
        DecodedText decoded = ByteDecoder.decode(input.content());
        if (decoded.rejection() != null) {
            throw new IngestException(id, decoded.rejection());
        }
        String raw = decoded.text();
        List<Line> lines = Line.split(raw);
        if (lines.stream().allMatch(Line::isBlank)) {
            throw new IngestException(id, "empty input (only whitespace)");
        }
        Cleaning cleaning = BoilerplateClassifier.classify(lines);
        TextAssembler.Assembled assembled = TextAssembler.assemble(raw, lines, cleaning.dropped());
        List<String> warnings = new ArrayList<>(decoded.warnings());
        if (assembled.text().isEmpty()) {
            warnings.add("no article text left after removing boilerplate");
        }
        return new Source(
                id,
                input.uri(),
                cleaning.title(),
                cleaning.outlet(),
                cleaning.author(),
                cleaning.published(),
                false,
                LanguageGuesser.guess(assembled.text()),
                Phase.UNKNOWN,
                assembled.text(),
                assembled.dropped(),
                warnings);
    }
}
