package org.dossier.reconcile.crosssource;

/**
 * How alike two passages are: the similarity of the clauses (or, when higher, its mean with that of their whole claims,
 * so a short clause keeps its context) plus bonuses for shared entities and the same topic.
 */
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
        double clauses = similarity.z(a.text(), b.text());
        double sentences = similarity.z(a.sentence(), b.sentence());
        double s = Math.max(clauses, (clauses + sentences) / 2) + settings.entityWeight() * entities.overlap(a.entities(), b.entities());
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
