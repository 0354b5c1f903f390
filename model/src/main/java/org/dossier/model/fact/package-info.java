/** Facts extracted from one document, each with its evidence. Ids are assigned later, when facts become dossier items. */
package org.dossier.model.fact;
