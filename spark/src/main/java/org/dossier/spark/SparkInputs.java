package org.dossier.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.SerializableConfiguration;
import org.dossier.build.BuildException;
import org.dossier.build.InputCollector;
import org.dossier.build.Progress;
import org.dossier.ingest.FormatDetectingSplitter;
import org.dossier.ingest.InputSplitter;
import org.dossier.ingest.RawInput;

/**
 * The input articles as an RDD. Local paths are collected on the driver exactly as {@code dossier build} collects them
 * ({@link InputCollector}: same files, same source ids). Other Hadoop paths ({@code hdfs://}, {@code s3a://}) are
 * listed on the driver (article extensions, hidden names skipped, sorted, ids from file names made unique) and read and
 * split into feed or JSON Lines items inside the executors.
 */
public final class SparkInputs {

    private static final List<String> EXTENSIONS = List.of("html.gz", "htm.gz", "txt", "text", "html", "htm", "xhtml",
            "jsonl", "ndjson", "rss", "atom", "xml");

    private final JavaSparkContext spark;
    private final int partitions;

    /**
     * Four partitions per core of the default parallelism: the inputs are sliced in order, and a slice of long articles
     * would otherwise keep one executor busy long after the others (295 Wikinews articles on {@code local[2]}: 73.3 s
     * with two slices, 58.7 s with eight; docs/SCALE.md).
     */
    public static int defaultPartitions(JavaSparkContext spark) {
        return 4 * spark.defaultParallelism();
    }

    /** @param partitions how many partitions the inputs are spread over */
    public SparkInputs(JavaSparkContext spark, int partitions) {
        this.spark = spark;
        this.partitions = partitions;
    }

    public JavaRDD<InputRecord> read(List<String> inputs, Progress progress) throws BuildException {
        List<java.nio.file.Path> local = new ArrayList<>();
        List<String> remote = new ArrayList<>();
        for (String in : inputs) {
            URI uri = URI.create(in.replace(" ", "%20"));
            if (uri.getScheme() == null || uri.getScheme().length() == 1) {
                local.add(java.nio.file.Path.of(in));
            } else if (uri.getScheme().equals("file")) {
                local.add(java.nio.file.Path.of(uri));
            } else {
                remote.add(in);
            }
        }
        List<InputRecord> records = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        if (!local.isEmpty()) {
            for (RawInput r : new InputCollector().collect(local, progress)) {
                records.add(InputRecord.of(r));
                ids.add(r.id());
            }
        }
        JavaRDD<InputRecord> rdd = spark.parallelize(records, Math.max(1, Math.min(partitions, records.size())));
        if (!remote.isEmpty()) {
            List<String[]> files = listRemote(remote, ids);
            SerializableConfiguration conf = new SerializableConfiguration(spark.hadoopConfiguration());
            JavaRDD<InputRecord> read = spark.parallelize(files, Math.max(1, Math.min(partitions, files.size())))
                    .flatMap(f -> readAndSplit(f[0], f[1], conf.value()).iterator());
            rdd = rdd.union(read);
        }
        return rdd;
    }

    /** Inputs already collected on the driver (files, folders, standard input, fetched URLs), in their order. */
    public JavaRDD<InputRecord> records(List<RawInput> raw) {
        List<InputRecord> records = raw.stream().map(InputRecord::of).toList();
        return spark.parallelize(records, Math.max(1, Math.min(partitions, records.size())));
    }

    /** (path, id) of each article file under the remote inputs, ids unique among themselves and {@code taken}. */
    private List<String[]> listRemote(List<String> inputs, Set<String> taken) throws BuildException {
        List<String[]> out = new ArrayList<>();
        for (String in : inputs) {
            Path root = new Path(in);
            try {
                FileSystem fs = root.getFileSystem(spark.hadoopConfiguration());
                if (!fs.exists(root)) {
                    throw new BuildException(in + ": no such file or folder");
                }
                List<String> paths = new ArrayList<>();
                RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
                while (it.hasNext()) {
                    FileStatus f = it.next();
                    String relative = f.getPath().toUri().getPath().substring(root.toUri().getPath().length());
                    if (f.isFile() && extension(f.getPath().getName()) != null && !relative.contains("/.")
                            && !f.getPath().getName().startsWith(".")) {
                        paths.add(f.getPath().toString());
                    }
                }
                paths.sort(null);
                for (String p : paths) {
                    String id = baseId(new Path(p).getName());
                    String unique = id;
                    for (int n = 2; !taken.add(unique); n++) {
                        unique = id + "-" + n;
                    }
                    out.add(new String[] {p, unique});
                }
            } catch (IOException e) {
                throw new BuildException(in + ": cannot list (" + e.getMessage() + ")");
            }
        }
        if (out.isEmpty() && taken.isEmpty()) {
            throw new BuildException("no articles found in " + inputs);
        }
        return out;
    }

    private static List<InputRecord> readAndSplit(String path, String id, Configuration conf) {
        Path p = new Path(path);
        byte[] bytes;
        try (InputStream in = p.getFileSystem(conf).open(p)) {
            bytes = in.readNBytes((int) InputCollector.MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        if (bytes.length > InputCollector.MAX_FILE_BYTES) {
            return List.of(); // too large for an article, as in a local build
        }
        InputSplitter.Split split = new FormatDetectingSplitter(InputCollector.MAX_FILE_BYTES).split(new RawInput(id, path, bytes));
        return split.articles().stream().map(InputRecord::of).toList();
    }

    static String extension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ext : EXTENSIONS) {
            if (lower.endsWith("." + ext) && lower.length() > ext.length() + 1) {
                return ext.contains(".") || !lower.endsWith(".gz") ? ext : null;
            }
        }
        return null;
    }

    static String baseId(String name) {
        String ext = extension(name);
        if (ext != null && ext.contains(".")) {
            return name.substring(0, name.length() - ext.length() - 1);
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
