/**
 * The clustering algorithm as plain classes a distributed job can call per partition or per block: document frequencies
 * ({@link org.dossier.discover.cluster.FeatureStatistics}, mergeable), weighted vectors, blocking keys for candidate pairs
 * (never all pairs), a pair scorer and sparse average-link clustering.
 */
package org.dossier.discover.cluster;
