/** Fetching articles over http(s) with timeouts, a size cap, checked redirects and a refusal of private addresses. */
package org.dossier.ingest.fetch;
