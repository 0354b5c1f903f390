/** Stage 2, annotate: {@link org.dossier.model.Source} to {@link org.dossier.model.nlp.AnnotatedDocument}, cached on disk. */
package org.dossier.annotate;
