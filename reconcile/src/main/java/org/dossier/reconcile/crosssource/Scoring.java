package org.dossier.reconcile.crosssource;

/** How alike two passages are: embedding z-score plus bonuses for shared entities and the same topic. */
final class Scoring {

    private final SimilarityIndex similarity;
    private final EntityIndex entities;
    private final CrossSourceSettings settings;

    Scoring(SimilarityIndex similarity, EntityIndex entities, CrossSourceSettings settings) {
        this.similarity = similarity;
        this.entities = entities;
        this.settings = settings;
    }

    double score(Passage a, Passage b) {
        double s = similarity.z(a.text(), b.text()) + settings.entityWeight() * entities.overlap(a.entities(), b.entities());
        if (a.topic() != null && a.topic().equals(b.topic())) {
            s += settings.topicWeight();
        }
        return s;
    }

    SimilarityIndex similarity() {
        return similarity;
    }

    EntityIndex entities() {
        return entities;
    }

    CrossSourceSettings settings() {
        return settings;
    }
}
