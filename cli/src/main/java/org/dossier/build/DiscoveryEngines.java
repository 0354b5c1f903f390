package org.dossier.build;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/** The discovery engine a user names: the in-process one, or one that a module on the class path provides. */
public final class DiscoveryEngines {

    /** The default engine's name: everything in this process, no cluster library needed. */
    public static final String IN_PROCESS = "inprocess";

    private DiscoveryEngines() {
    }

    /**
     * @param master the master URL of a cluster engine, or null; refused for the in-process engine
     * @param inProcess makes the in-process engine
     */
    public static DiscoveryEngine named(String name, String master, Supplier<DiscoveryEngine> inProcess) throws BuildException {
        if (name.equals(IN_PROCESS)) {
            if (master != null) {
                throw new BuildException("--master is for a cluster engine (--engine spark), not for the in-process one");
            }
            return inProcess.get();
        }
        List<String> names = new ArrayList<>(List.of(IN_PROCESS));
        for (DiscoveryEngineProvider p : ServiceLoader.load(DiscoveryEngineProvider.class)) {
            if (p.name().equals(name)) {
                return p.engine(master);
            }
            names.add(p.name());
        }
        throw new BuildException("no engine '" + name + "' on the class path (found: " + String.join(", ", names)
                + "); the spark engine needs the spark module and Spark, which ./dossier adds for --engine spark");
    }
}
