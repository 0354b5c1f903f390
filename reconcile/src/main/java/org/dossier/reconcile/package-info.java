/** Stage 4, reconcile: all documents' facts to one {@link org.dossier.model.dossier.Dossier}. */
package org.dossier.reconcile;
