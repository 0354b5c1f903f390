package org.dossier.reconcile.crosssource;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words that mark a clause as an expectation (a modal, a plan or hope, a demand, a hedge about the future) or as an
 * outcome (a past-tense verb), and words that make a clause background (a relative or subordinate opener) or a further
 * item of the clause before it (a coordinator without a verb of its own). Pure English rules, no model.
 */
final class ClauseCues {

    /** Modals, plans, hopes, demands and hedges about what is to come. */
    static final Pattern EXPECTATION = Pattern.compile("(?i)(\\b(will|would|shall|may|might|could|can|should|must|going to"
            + "|expected|expects?|expecting|set to|scheduled|plans?|planned|planning|aims?|aimed|aiming|hopes?|hoped|hoping"
            + "|wants?|wanted|intends?|intended|seeks?|seeking|likely|perhaps|probably|possibly|demand|demands|call for"
            + "|calls for|urge|urges|pressure|pressures|would like|(is|are|was|were) to|wary|fears?)\\b|['’]ll\\b)");

    /** Past-tense and perfect verbs: what a source reports as done. */
    static final Pattern OUTCOME = Pattern.compile("(?i)\\b([a-z]{3,}ed|said|gave|made|took|met|held|won|sought|told|spoke|saw"
            + "|became|brought|left|paid|sent|struck|kept|stood|chose|began|found|got|put|drew|led|won|(has|have|had) [a-z]+)\\b");

    /** Openers of relative and subordinate clauses, which give background rather than a claim of their own. */
    private static final Pattern BACKGROUND = Pattern.compile("(?i)^[\\s\\p{Pi}\\p{Pf}\"'(]*(who|whom|whose|which|where|when"
            + "|although|though|because|since|if|unless|including|such as|citing|according to|despite|after|before|one that)\\b");

    /** Coordinators that may start a further item of the clause before them. */
    private static final Pattern COORDINATOR = Pattern.compile("(?i)^[\\s\\p{Pi}\\p{Pf}\"'(]*(and|or|but|as well as|nor|plus"
            + "|perhaps|possibly|probably|while)\\b");

    /** A finite verb or a new subject: the piece says something of its own rather than continuing a list. */
    private static final Pattern OWN_VERB = Pattern.compile("(?i)\\b(is|are|was|were|has|have|had|does|did|that|this|it|he|she"
            + "|they|we|i)\\b");

    /** A verb in -ing form (not one of the prepositions spelt so, nor a noun after a determiner): a leading phrase with one says something itself. */
    private static final Pattern GERUND = Pattern.compile("(?i)(?<!\\b(the|a|an|this|that|its|his|her|their|our|my|your|first|next|last) )\\b(?!(during|including|according|regarding|following|morning"
            + "|evening|nothing|something|anything|everything|thing|king|spring|string|ring|bring)\\b)[a-z]{2,}ing\\b");

    private ClauseCues() {
    }

    static boolean hasCue(Pattern cue, String text) {
        return cue.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /** True when {@code piece} opens with a relative or subordinate word. */
    static boolean isBackground(String piece) {
        return BACKGROUND.matcher(piece).find();
    }

    /** True when {@code piece} has a verb in -ing form, as in "In addition to reaffirming the treaty". */
    static boolean hasGerund(String piece) {
        return GERUND.matcher(piece).find();
    }

    /** True when {@code piece} opens with a coordinator and has no verb or subject of its own: a further list item. */
    static boolean isFurtherItem(String piece) {
        return COORDINATOR.matcher(piece).find() && !OWN_VERB.matcher(piece).find();
    }
}
