/** Post-processing of name classes over a whole document, independent of the tagger that produced them. */
package org.dossier.annotate.names;
