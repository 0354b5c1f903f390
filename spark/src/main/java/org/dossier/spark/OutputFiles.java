package org.dossier.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Writes whole files on any Hadoop file system (local, HDFS, S3A), from the driver or an executor: to a temporary name
 * first, then renamed over the target, so a reader never sees half a file. No checksum files beside them.
 */
public final class OutputFiles {

    private final Configuration hadoop;

    public OutputFiles(Configuration hadoop) {
        this.hadoop = hadoop;
    }

    public void write(String folder, String name, String content) {
        write(folder, name, java.util.List.of(content).iterator());
    }

    /** Writes the pieces one after the other, holding one at a time: for files too large for memory. */
    public void write(String folder, String name, Iterator<String> pieces) {
        Path target = new Path(folder, name);
        Path temp = new Path(folder, "." + name + ".tmp");
        try {
            FileSystem fs = target.getFileSystem(hadoop);
            if (fs instanceof ChecksumFileSystem local) {
                fs = local.getRawFileSystem(); // no .crc file beside each output
            }
            fs.mkdirs(target.getParent());
            try (OutputStream out = fs.create(temp, true)) {
                while (pieces.hasNext()) {
                    out.write(pieces.next().getBytes(StandardCharsets.UTF_8));
                }
            }
            if (fs.exists(target)) {
                fs.delete(target, false);
            }
            if (!fs.rename(temp, target)) {
                throw new IOException("cannot rename " + temp + " to " + target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
