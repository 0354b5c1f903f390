package org.dossier.build;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes files through a temporary file and a rename, so readers never see half a file. {@link #writeAll} writes a set
 * of files all or none: every temporary file is written and flushed before the first rename.
 */
public final class AtomicFiles {

    /** Writes the content of one (temporary) file: the seam tests use to simulate a full disk. */
    @FunctionalInterface
    public interface ContentWriter {
        void write(Path file, String content) throws IOException;
    }

    /** Writes UTF-8 and forces it to the device before returning. */
    public static final ContentWriter DURABLE = (file, content) -> {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(content);
            while (bytes.hasRemaining()) {
                ch.write(bytes);
            }
            ch.force(true);
        }
    };

    private AtomicFiles() {
    }

    public static void write(Path target, String content) throws IOException {
        writeAll(Map.of(target, content), DURABLE);
    }

    /**
     * Writes every file or none: on any failure the temporary files are removed and the targets keep their old content.
     * A crash between two renames leaves each file whole, some old and some new. Temporary files of a target left by a
     * writer that was killed are removed first, so the caller must be the folder's only writer (it holds its lock).
     */
    public static void writeAll(Map<Path, String> contents, ContentWriter writer) throws IOException {
        Map<Path, java.util.function.Supplier<String>> made = new LinkedHashMap<>();
        contents.forEach((target, content) -> made.put(target, () -> content));
        writeEach(made, writer);
    }

    /**
     * As {@link #writeAll}, with each file's content made just before its temporary file is written, so that only one
     * content is held at a time (a large dossier's JSON, Markdown and HTML are each hundreds of megabytes).
     */
    public static void writeEach(Map<Path, java.util.function.Supplier<String>> contents, ContentWriter writer)
            throws IOException {
        Map<Path, Path> temporary = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, java.util.function.Supplier<String>> e : contents.entrySet()) {
                Path target = e.getKey();
                Path dir = target.toAbsolutePath().getParent();
                Files.createDirectories(dir);
                removeLeftovers(target.toAbsolutePath());
                Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
                temporary.put(target, tmp);
                writer.write(tmp, e.getValue().get());
            }
            for (Map.Entry<Path, Path> e : temporary.entrySet()) {
                move(e.getValue(), e.getKey());
            }
        } finally {
            for (Path tmp : temporary.values()) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // a leftover hidden .tmp file; the targets are whole either way
                }
            }
        }
    }

    /** Deletes the temporary files of {@code target} ({@code .NAME<digits>.tmp} beside it) that a killed writer left. */
    static void removeLeftovers(Path target) throws IOException {
        String prefix = "." + target.getFileName();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(), prefix + "*.tmp")) {
            for (Path p : siblings) {
                String name = p.getFileName().toString();
                String middle = name.substring(prefix.length(), name.length() - ".tmp".length());
                if (!middle.isEmpty() && middle.chars().allMatch(c -> c >= '0' && c <= '9') && Files.isRegularFile(p)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
