package org.dossier.present;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.UncheckedIOException;
import org.dossier.model.dossier.Dossier;
import org.dossier.present.internal.DossierTree;

/**
 * Writes {@code dossier.json} as its contract ({@code spec/dossier-json.md}) fixes it: fields in contract order, nulls kept as JSON null,
 * pretty-printed with two-space indents and {@code \n} line ends. Thread-safe.
 */
public final class JsonDossierWriter implements DossierWriter {

    /** The file name of the written dossier. */
    public static final String FILE_NAME = "dossier.json";

    private final ObjectWriter writer;

    public JsonDossierWriter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        this.writer = new ObjectMapper().writer(printer);
    }

    @Override
    public String render(Dossier dossier) {
        try {
            return writer.writeValueAsString(DossierTree.of(dossier)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String fileName() {
        return FILE_NAME;
    }
}
