package org.dossier.build;

/**
 * Makes a discovery engine that runs outside this process (a cluster engine such as Apache Spark). Providers are found
 * with {@link java.util.ServiceLoader}, so the module of an engine and its libraries are on the class path only when a
 * user chooses that engine; the default engine needs none of them.
 */
public interface DiscoveryEngineProvider {

    /** The name users give with {@code --engine}. */
    String name();

    /**
     * @param master where the engine runs (a master URL such as {@code local[2]} or {@code spark://host:7077}), or null
     *     for the engine's default
     */
    DiscoveryEngine engine(String master) throws BuildException;
}
