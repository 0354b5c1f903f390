package org.dossier.ingest.feed;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the page a feed item links to, when that page is a local file the feed may read. */
public interface LinkLoader {

    /** Loads nothing: items must carry their full text (feeds from standard input, the network or an upload). */
    LinkLoader NONE = (feed, link) -> null;

    /**
     * The bytes of the linked page, or null when the link is not one this loader reads.
     *
     * @param feed the feed's own URI (may be null)
     * @param link the item's link, resolved against the feed's URI
     * @throws IOException when the page is one to read but cannot be read
     */
    byte[] load(URI feed, URI link) throws IOException;

    /**
     * Reads links to files in the feed's own folder or below it (never elsewhere, so a feed cannot make the build read
     * arbitrary files), at most {@code maxBytes} each.
     */
    static LinkLoader besideTheFeed(long maxBytes) {
        return (feed, link) -> {
            if (feed == null || link == null || !"file".equals(feed.getScheme()) || !"file".equals(link.getScheme())) {
                return null;
            }
            Path folder;
            Path page;
            try {
                folder = Path.of(feed).toAbsolutePath().normalize().getParent();
                page = Path.of(new URI("file", null, link.getPath(), null)).toAbsolutePath().normalize();
            } catch (IllegalArgumentException | java.net.URISyntaxException e) {
                return null;
            }
            if (folder == null || !page.startsWith(folder) || !Files.isRegularFile(page)) {
                return null;
            }
            if (Files.size(page) > maxBytes) {
                throw new IOException("linked page " + page.getFileName() + " is larger than " + maxBytes + " bytes");
            }
            return Files.readAllBytes(page);
        };
    }
}
