/** Plain-text helpers without models: sentence splitting and content-word terms, for the summary and coverage. */
package org.dossier.reconcile.text;
