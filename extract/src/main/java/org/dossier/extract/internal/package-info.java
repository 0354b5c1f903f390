/** Helpers shared by the extractors; not an API. */
package org.dossier.extract.internal;
