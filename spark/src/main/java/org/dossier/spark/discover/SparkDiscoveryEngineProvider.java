package org.dossier.spark.discover;

import org.dossier.build.BuildException;
import org.dossier.build.DiscoveryEngine;
import org.dossier.build.DiscoveryEngineProvider;

/** Provides {@code --engine spark} ({@link SparkDiscoveryEngine}); registered in {@code META-INF/services}. */
public final class SparkDiscoveryEngineProvider implements DiscoveryEngineProvider {

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public DiscoveryEngine engine(String master) throws BuildException {
        try {
            Class.forName("org.apache.spark.sql.SparkSession", false, getClass().getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new BuildException("the spark engine needs Apache Spark on the class path (./dossier adds it; see docs/SCALE.md)");
        }
        return new SparkDiscoveryEngine(master);
    }
}
