/** Stage 3, extract: one annotated document to its {@link org.dossier.model.fact.DocumentFacts}. */
package org.dossier.extract;
