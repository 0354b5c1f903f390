package org.dossier.spark;

import org.apache.spark.sql.SparkSession;

/**
 * Starts the Spark session of a run. With a master URL ({@code local[2]}, {@code spark://…}, {@code yarn},
 * {@code k8s://…}) the session is started here; with none, {@code spark-submit} has set it. No web UI and, for local
 * masters, the driver bound to the loopback address: nothing listens on the network.
 */
public final class SparkSessions {

    private SparkSessions() {
    }

    /** @param master the master URL, or null to take it from {@code spark-submit} */
    public static SparkSession start(String master, String appName) {
        SparkSession.Builder b = SparkSession.builder().appName(appName)
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "8")
                .config("spark.sql.parquet.compression.codec", "zstd");
        if (master != null) {
            b = b.master(master);
            if (master.startsWith("local")) {
                b = b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
            }
        }
        return b.getOrCreate();
    }
}
