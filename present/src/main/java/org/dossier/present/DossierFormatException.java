package org.dossier.present;

/** A {@code dossier.json} that cannot be read: says where (a JSON Pointer such as {@code /quotes/3/evidence}) and what is wrong. */
public final class DossierFormatException extends RuntimeException {

    private final String pointer;

    public DossierFormatException(String pointer, String problem) {
        super(pointer.isEmpty() ? problem : pointer + ": " + problem);
        this.pointer = pointer;
    }

    /** Where the problem is, as a JSON Pointer; empty for the whole document. */
    public String pointer() {
        return pointer;
    }
}
