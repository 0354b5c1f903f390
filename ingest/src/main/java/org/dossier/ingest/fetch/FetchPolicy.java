package org.dossier.ingest.fetch;

import java.time.Duration;

/**
 * Limits of fetching one URL.
 *
 * @param connectTimeout longest wait for a connection
 * @param readTimeout longest wait for a whole response (headers and body) of one request
 * @param maxBytes largest body read; a larger one is refused
 * @param maxRedirects redirects followed, each checked like the first request
 * @param allowPrivate whether loopback, private, link-local, unique-local and multicast addresses may be fetched
 * @param userAgent the User-Agent header sent
 */
public record FetchPolicy(Duration connectTimeout, Duration readTimeout, long maxBytes, int maxRedirects,
        boolean allowPrivate, String userAgent) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    /** Room for a 20 MB page and then some; the HTML reader reads at most 64 MB. */
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;
    public static final int DEFAULT_MAX_REDIRECTS = 5;
    public static final String DEFAULT_USER_AGENT = "Dossier/0.1 (news dossier builder)";

    /** The defaults: public addresses only. */
    public static final FetchPolicy DEFAULT = new FetchPolicy(DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT,
            DEFAULT_MAX_BYTES, DEFAULT_MAX_REDIRECTS, false, DEFAULT_USER_AGENT);

    public FetchPolicy {
        if (connectTimeout == null || connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connectTimeout must be positive, was " + connectTimeout);
        }
        if (readTimeout == null || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("readTimeout must be positive, was " + readTimeout);
        }
        if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxBytes must be between 1 and " + (Integer.MAX_VALUE - 8) + ", was "
                    + maxBytes);
        }
        if (maxRedirects < 0 || maxRedirects > 20) {
            throw new IllegalArgumentException("maxRedirects must be between 0 and 20, was " + maxRedirects);
        }
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent must not be blank");
        }
    }

    /** The same limits, with private addresses allowed or not. */
    public FetchPolicy withAllowPrivate(boolean allow) {
        return new FetchPolicy(connectTimeout, readTimeout, maxBytes, maxRedirects, allow, userAgent);
    }
}
