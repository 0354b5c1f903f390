/**
 * Plain-text rules behind {@link org.dossier.ingest.PlainTextReader}: decoding, line shapes, boilerplate patterns,
 * datelines, bylines and titles. Every class here is a pure function of its input; all offsets are Java {@code String}
 * indexes into the decoded raw text (BOM removed), end exclusive.
 */
package org.dossier.ingest.text;
