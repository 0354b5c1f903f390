/**
 * Claims: sentence-level kind (expectation, outcome, statement) and topic from plain cue and keyword rules, with optional
 * Penn part-of-speech tags. Every class here is immutable and thread-safe.
 */
package org.dossier.extract.claim;
