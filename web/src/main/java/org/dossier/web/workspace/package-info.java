/** The on-disk store: one folder per event holding its articles, its dossier and its search index. */
package org.dossier.web.workspace;
