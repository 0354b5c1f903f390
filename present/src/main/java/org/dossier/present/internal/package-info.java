/** Helpers of the writers (JSON tree mapping, text formatting, resources); not an API, don't depend on it. */
package org.dossier.present.internal;
