/** The dossier: what all sources say together, the shape of {@code dossier.json} (see docs and the JSON Schema). */
package org.dossier.model.dossier;
