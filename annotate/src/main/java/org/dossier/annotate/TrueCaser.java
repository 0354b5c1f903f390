package org.dossier.annotate;

import java.util.List;

/**
 * Re-cases given tokens as they would most likely be written in running text ("SURPRISE DEFEAT" to "surprise defeat",
 * "JAPAN" to "Japan"), one output word per input token, each equal to its token ignoring case. Implementations are
 * thread-safe.
 */
public interface TrueCaser {

    /** One list of words per sentence, one word per token. */
    List<List<String>> trueCase(List<List<String>> sentences);
}
