/**
 * Figures: money, percentages and counts found by plain rules over the source text and its sentence boundaries.
 * Offsets are character offsets into the source text, end exclusive. Every class here is immutable and thread-safe.
 */
package org.dossier.extract.figure;
