/**
 * Files of event discovery: {@code events.json}, the events index page, and the workspace state (per-document features
 * and ingested sources, JSON lines) that lets a later run add articles without redoing the earlier ones.
 */
package org.dossier.discover.io;
