/** Stage 5, present: a {@link org.dossier.model.dossier.Dossier} to {@code dossier.json}, {@code dossier.md} and {@code index.html}. */
package org.dossier.present;
