package org.dossier.build;

/**
 * Runs event discovery: reads the articles the options name and writes their events, index page and dossiers into the
 * output folder. {@link EventDiscoveryBuild} runs in this process; other engines come from a
 * {@link DiscoveryEngineProvider}.
 */
public interface DiscoveryEngine {

    DiscoverResult run(DiscoverOptions options, Progress progress) throws BuildException;
}
