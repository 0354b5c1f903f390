package org.dossier.ingest.text;

import java.util.List;

/**
 * Text decoded from bytes, with notes on anything odd met while decoding.
 *
 * @param text the decoded text without its byte order mark
 * @param rejection why the bytes are not an article (binary, not text), or null when they are
 */
public record DecodedText(String text, List<String> warnings, String rejection) {

    public DecodedText {
        warnings = List.copyOf(warnings);
    }
}
