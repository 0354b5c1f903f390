/**
 * Scores a {@code dossier.json} against a gold file ({@code shared/eval/README.md}). Both are read as JSON trees, so any
 * dossier that follows the contract can be scored. Offsets are Java {@code String} indexes, end exclusive. Entry point:
 * {@link org.dossier.eval.GoldScorer}.
 */
package org.dossier.eval;
