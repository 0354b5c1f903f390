/**
 * Event discovery: a stream of articles grouped into events. Per document, {@link org.dossier.discover.FeatureExtractor}
 * turns one source and its facts into {@link org.dossier.discover.DocumentFeatures} (a pure function, serializable);
 * {@link org.dossier.discover.EventDiscoverer} groups the features into {@link org.dossier.discover.DiscoveredEvent}s.
 */
package org.dossier.discover;
