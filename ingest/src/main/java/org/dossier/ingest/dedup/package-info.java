/** Near-duplicate sources (wire copies, reposts): word shingles, MinHash and LSH banding. */
package org.dossier.ingest.dedup;
