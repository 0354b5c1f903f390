package org.dossier.build;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on an output folder ({@code .dossier.lock} inside it), so that two builds never write one folder
 * at once. The lock is the operating system's: it is released when the build ends, also when it is killed. The second
 * build does not wait; it fails at once with a one-line message.
 */
public final class OutputLock implements AutoCloseable {

    /** The lock file's name inside the output folder; it is left in place, as deleting it would race. */
    public static final String FILE_NAME = ".dossier.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock on {@code outputDir}, creating the folder. */
    public static OutputLock acquire(Path outputDir) throws BuildException {
        FileChannel channel;
        try {
            Files.createDirectories(outputDir);
            channel = FileChannel.open(outputDir.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException | SecurityException e) {
            throw new BuildException("cannot write " + outputDir + " (" + describe(e) + ")", e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new OutputLock(channel, lock);
            }
        } catch (OverlappingFileLockException e) {
            // held by another build in this JVM
        } catch (IOException e) {
            closeQuietly(channel);
            throw new BuildException("cannot lock " + outputDir + " (" + describe(e) + ")", e);
        }
        closeQuietly(channel);
        throw new BuildException("another build is writing " + outputDir + " (lock held)");
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel releases it too
        }
        closeQuietly(channel);
    }

    /** The exception's message, or its kind when it has none (AccessDeniedException names only the path). */
    static String describe(Exception e) {
        String kind = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return kind;
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing to do
        }
    }
}
