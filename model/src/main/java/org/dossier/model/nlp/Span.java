package org.dossier.model.nlp;

/**
 * A typed span found by the annotator: a named entity ({@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}, {@code MISC} and
 * fine-grained kinds such as {@code COUNTRY} or {@code TITLE}) or a value ({@code DATE}, {@code TIME}, {@code DURATION},
 * {@code SET}, {@code MONEY}, {@code PERCENT}, {@code NUMBER}, {@code ORDINAL}).
 *
 * @param coarseType the coarse class for names ({@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}, {@code MISC}), else the type
 * @param normalized the annotator's normalized value (a TIMEX3 value for times, a number for values), or null
 */
public record Span(String type, String coarseType, int start, int end, String text, int sentence, String normalized) {

    /** True for the TIMEX3 types: {@code DATE}, {@code TIME}, {@code DURATION} and {@code SET}. */
    public static boolean isTimeType(String type) {
        return switch (type) {
            case "DATE", "TIME", "DURATION", "SET" -> true;
            default -> false;
        };
    }
}
