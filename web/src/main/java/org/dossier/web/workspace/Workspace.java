package org.dossier.web.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dossier.model.dossier.Dossier;
import org.dossier.present.DossierFormatException;
import org.dossier.present.JsonDossierReader;

/**
 * A folder of events: {@code ROOT/<event>/articles/*.txt|html|jsonl}, {@code ROOT/<event>/dossier.json} (with dossier.md and
 * index.html beside it) and {@code ROOT/<event>/index/} (the search index). Event ids and article names are checked
 * against strict patterns before they touch the file system, so no request can name a path outside the root.
 * Writes are atomic. Thread-safe.
 */
public final class Workspace {

    /** Event ids: lower-case letters, digits, '-' and '_', starting with a letter or digit. */
    public static final Pattern EVENT_ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final Pattern ARTICLE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,100}\\.(txt|html|htm|jsonl)");
    /** The longest article accepted, in characters. */
    public static final int MAX_ARTICLE_CHARS = 2_000_000;
    private static final String TITLE_FILE = "title.txt";

    private final Path root;
    private final JsonDossierReader reader = new JsonDossierReader();
    private final Map<String, Cached> dossiers = new ConcurrentHashMap<>();

    private final Map<String, CachedBytes> dossierBytes = new ConcurrentHashMap<>();

    private record Cached(FileTime modified, long size, Dossier dossier) {
    }

    private record CachedBytes(FileTime modified, long size, byte[] bytes) {
    }

    public Workspace(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the workspace " + this.root, e);
        }
    }

    public Path root() {
        return root;
    }

    /** The events, sorted by id. */
    public List<EventSummary> events() {
        List<EventSummary> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.sorted().toList()) {
                String id = dir.getFileName().toString();
                if (Files.isDirectory(dir) && EVENT_ID.matcher(id).matches()) {
                    out.add(summary(id));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The event {@code id}; 404 when there is none. */
    public EventSummary event(String id) {
        requireEvent(id);
        return summary(id);
    }

    /** Creates an empty event; 409 when it exists. */
    public EventSummary create(String id, String title) {
        checkId(id);
        Path dir = root.resolve(id);
        if (Files.exists(dir)) {
            throw new WorkspaceException(409, "event '" + id + "' exists");
        }
        try {
            Files.createDirectories(dir.resolve("articles"));
            if (title != null && !title.isBlank()) {
                AtomicWrite.write(dir.resolve(TITLE_FILE), title.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return summary(id);
    }

    /**
     * Stores an article under a file name derived from {@code name} (a suffix is added when taken); returns that name.
     * Names must look like {@code something.txt}, {@code .html} or {@code .jsonl}; the text must not be blank or too long.
     */
    public String addArticle(String id, String name, String text) {
        return store(id, name, text, false);
    }

    /** Stores an article under exactly {@code name}; 409 when an article of that name exists. */
    public String addNewArticle(String id, String name, String text) {
        return store(id, name, text, true);
    }

    private String store(String id, String name, String text, boolean exactName) {
        requireEvent(id);
        if (name == null || !ARTICLE_NAME.matcher(name).matches() || name.contains("..")) {
            throw WorkspaceException.badRequest("article name must match " + ARTICLE_NAME.pattern() + ", was '" + name + "'");
        }
        if (text == null || text.isBlank()) {
            throw WorkspaceException.badRequest("article '" + name + "' is empty");
        }
        if (text.length() > MAX_ARTICLE_CHARS) {
            throw new WorkspaceException(413, "article '" + name + "' has " + text.length() + " characters, the limit is "
                    + MAX_ARTICLE_CHARS);
        }
        Path dir = articlesDir(id);
        synchronized (this) {
            String stored = name;
            if (exactName && Files.exists(dir.resolve(stored))) {
                throw new WorkspaceException(409, "article '" + name + "' exists");
            }
            int dot = name.lastIndexOf('.');
            for (int n = 2; Files.exists(dir.resolve(stored)); n++) {
                stored = name.substring(0, dot) + "-" + n + name.substring(dot);
            }
            Path target = inside(dir, stored);
            try {
                AtomicWrite.write(target, text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return stored;
        }
    }

    /** The dossier of event {@code id}, if built; parsed once per version of the file. */
    public Optional<Dossier> dossier(String id) {
        requireEvent(id);
        Path file = dossierFile(id);
        try {
            BasicFileAttributes attributes = attributes(file);
            if (attributes == null || !attributes.isRegularFile()) {
                return Optional.empty();
            }
            FileTime modified = attributes.lastModifiedTime();
            long size = attributes.size();
            Cached c = dossiers.get(id);
            if (c != null && c.modified().equals(modified) && c.size() == size) {
                return Optional.of(c.dossier());
            }
            Dossier d = reader.read(Files.readString(file, StandardCharsets.UTF_8));
            dossiers.put(id, new Cached(modified, size, d));
            return Optional.of(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DossierFormatException e) {
            throw new WorkspaceException(500, "dossier.json of '" + id + "' is not a dossier: " + e.getMessage());
        }
    }

    /** The raw dossier.json of event {@code id} (read once per version of the file; do not modify); 404 when not built. */
    public byte[] dossierJson(String id) {
        requireEvent(id);
        Path file = dossierFile(id);
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            long size = Files.size(file);
            CachedBytes c = dossierBytes.get(id);
            if (c != null && c.modified().equals(modified) && c.size() == size) {
                return c.bytes();
            }
            byte[] bytes = Files.readAllBytes(file);
            dossierBytes.put(id, new CachedBytes(modified, size, bytes));
            return bytes;
        } catch (java.nio.file.NoSuchFileException e) {
            throw WorkspaceException.notFound("event '" + id + "' has no dossier yet: add articles and rebuild");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stamp that changes whenever dossier.json does (size and modification time), or "" when there is none. */
    public String dossierStamp(String id) {
        try {
            BasicFileAttributes a = attributes(dossierFile(id));
            return a != null && a.isRegularFile() ? a.size() + "@" + a.lastModifiedTime().toMillis() : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The attributes of {@code file} read with one system call, or null when it does not exist. */
    private static BasicFileAttributes attributes(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        }
    }

    public Path eventDir(String id) {
        checkId(id);
        return inside(root, id);
    }

    public Path articlesDir(String id) {
        return eventDir(id).resolve("articles");
    }

    public Path dossierFile(String id) {
        return eventDir(id).resolve("dossier.json");
    }

    public Path indexDir(String id) {
        return eventDir(id).resolve("index");
    }

    /** Throws 404 unless event {@code id} exists (400 when the id is malformed). */
    public void requireEvent(String id) {
        if (!Files.isDirectory(eventDir(id))) {
            throw WorkspaceException.notFound("no event '" + id + "'");
        }
    }

    private EventSummary summary(String id) {
        Path dir = eventDir(id);
        List<String> articles = new ArrayList<>();
        Path articlesDir = dir.resolve("articles");
        if (Files.isDirectory(articlesDir)) {
            try (Stream<Path> files = Files.list(articlesDir)) {
                files.map(p -> p.getFileName().toString())
                        .filter(n -> !n.startsWith(".") && n.toLowerCase(Locale.ROOT).matches(".*\\.(txt|html|htm|jsonl)"))
                        .sorted().forEach(articles::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Optional<Dossier> d = dossier(id);
        String title = d.map(x -> x.event() == null ? null : x.event().title()).filter(t -> t != null && !t.isBlank())
                .orElseGet(() -> storedTitle(dir).orElse(id));
        return new EventSummary(id, title, articles, d.isPresent(), d.map(x -> x.sources().size()).orElse(0));
    }

    private static Optional<String> storedTitle(Path dir) {
        try {
            Path f = dir.resolve(TITLE_FILE);
            return Files.isRegularFile(f) ? Optional.of(Files.readString(f, StandardCharsets.UTF_8).strip()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void checkId(String id) {
        if (id == null || !EVENT_ID.matcher(id).matches()) {
            throw WorkspaceException.badRequest("event id must match " + EVENT_ID.pattern() + ", was '" + id + "'");
        }
    }

    /** {@code dir/name}, refusing anything that would leave {@code dir}. */
    private static Path inside(Path dir, String name) {
        Path p = dir.resolve(name).normalize();
        if (!p.getParent().equals(dir.normalize())) {
            throw WorkspaceException.badRequest("'" + name + "' is not a plain name");
        }
        return p;
    }
}
