package org.dossier.extract.event;

/**
 * The PLOVER event categories, each marked as verbal (a statement) or material (a deed) and as cooperative or conflictual.
 * An expected cooperative deed is coded {@link #AGREE} and an expected conflictual deed {@link #THREATEN}, as the manual does.
 */
public enum PloverCategory {
    AGREE(true, true), CONSULT(false, true), SUPPORT(false, true), COOPERATE(false, true), AID(false, true),
    CONCEDE(false, true), RETREAT(false, true), INVESTIGATE(false, true),
    DEMAND(true, false), DISAPPROVE(true, false), REJECT(true, false), THREATEN(true, false),
    PROTEST(false, false), MOBILIZE(false, false), SANCTION(false, false), COERCE(false, false), ASSAULT(false, false),
    FIGHT(false, false);

    private final boolean verbal;
    private final boolean cooperative;

    PloverCategory(boolean verbal, boolean cooperative) {
        this.verbal = verbal;
        this.cooperative = cooperative;
    }

    public boolean verbal() {
        return verbal;
    }

    public boolean cooperative() {
        return cooperative;
    }

    /** The category of this deed when it is only expected, planned or offered. */
    public PloverCategory whenExpected() {
        if (verbal) {
            return this;
        }
        return cooperative ? AGREE : THREATEN;
    }

    /** The category when the deed is refused or denied: a cooperative deed not done is a rejection. */
    public PloverCategory whenNegated() {
        return cooperative ? REJECT : this;
    }
}
