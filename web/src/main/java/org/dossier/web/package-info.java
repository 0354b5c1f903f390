/** The web app: {@link org.dossier.web.DossierServer} serves a workspace's dossiers, search and rebuilds over HTTP. */
package org.dossier.web;
