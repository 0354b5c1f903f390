/**
 * Domain types shared by every stage. Offsets are Java {@code String} indexes into {@link org.dossier.model.Source#text()},
 * end exclusive. Every record is immutable; nullable fields say so in their Javadoc.
 */
package org.dossier.model;
