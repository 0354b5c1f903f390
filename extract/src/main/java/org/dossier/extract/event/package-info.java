/**
 * Political event coding (PLOVER): actors resolved to ISO 3166 alpha-3 codes (or IGO/NGO) and a sector, an event category from
 * general cue lexicons, and source/target assignment by position. Rules only; every class here is immutable and thread-safe.
 */
package org.dossier.extract.event;
