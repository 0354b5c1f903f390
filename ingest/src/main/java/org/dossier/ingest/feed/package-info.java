/** RSS and Atom feeds: one article per item. */
package org.dossier.ingest.feed;
