package org.dossier.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where and how the app listens. Bound to a loopback address the app is open to this machine only; bound to any other
 * address it answers only requests that carry its access token.
 *
 * @param host the address to bind; {@value #DEFAULT_HOST} by default, so only this machine can connect
 * @param port the port; 0 picks a free one
 * @param maxRequestBytes the largest request body accepted; larger ones get 413
 * @param accessToken the token every request must carry, at least {@value #MIN_TOKEN_CHARS} characters; null for none,
 *     which only a loopback {@code host} allows
 * @param idleTimeout how long a connection may send or receive nothing before it is closed (slow clients)
 * @param warmUpRounds how many rounds of requests the server sends a throwaway copy of itself before it reports ready
 *     (see {@link WarmUp}); 0 for none, {@value #DEFAULT_WARM_UP_ROUNDS} by default
 */
public record WebConfig(String host, int port, long maxRequestBytes, String accessToken, Duration idleTimeout,
        int warmUpRounds) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 5L * 1024 * 1024;
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
    public static final int MIN_TOKEN_CHARS = 16;
    public static final int DEFAULT_WARM_UP_ROUNDS = 300;
    public static final int MAX_WARM_UP_ROUNDS = 100_000;
    private static final String OCTET = "(25[0-5]|2[0-4]\\d|1?\\d?\\d)";
    private static final Pattern LOOPBACK_V4 = Pattern.compile("127\\." + OCTET + "\\." + OCTET + "\\." + OCTET);

    public WebConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host is blank");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        if (maxRequestBytes < 1024) {
            throw new IllegalArgumentException("maxRequestBytes must be at least 1024, was " + maxRequestBytes);
        }
        if (accessToken != null && (accessToken.length() < MIN_TOKEN_CHARS || !accessToken.matches("[\\x21-\\x7e]+"))) {
            throw new IllegalArgumentException("the access token must be at least " + MIN_TOKEN_CHARS
                    + " printable ASCII characters without spaces");
        }
        if (accessToken == null && !isLoopback(host)) {
            throw new IllegalArgumentException("an access token is required to listen on " + host + ", which is not a loopback address");
        }
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (idleTimeout.toMillis() < 100) {
            throw new IllegalArgumentException("idleTimeout must be at least 100 ms, was " + idleTimeout);
        }
        if (warmUpRounds < 0 || warmUpRounds > MAX_WARM_UP_ROUNDS) {
            throw new IllegalArgumentException("warmUpRounds must be between 0 and " + MAX_WARM_UP_ROUNDS + ", was " + warmUpRounds);
        }
    }

    /** The defaults on {@code port}. */
    public static WebConfig onPort(int port) {
        return new WebConfig(DEFAULT_HOST, port, DEFAULT_MAX_REQUEST_BYTES, null, DEFAULT_IDLE_TIMEOUT, DEFAULT_WARM_UP_ROUNDS);
    }

    public WebConfig withPort(int newPort) {
        return new WebConfig(host, newPort, maxRequestBytes, accessToken, idleTimeout, warmUpRounds);
    }

    public WebConfig withMaxRequestBytes(long bytes) {
        return new WebConfig(host, port, bytes, accessToken, idleTimeout, warmUpRounds);
    }

    public WebConfig withAccessToken(String token) {
        return new WebConfig(host, port, maxRequestBytes, token, idleTimeout, warmUpRounds);
    }

    public WebConfig withHost(String address) {
        return new WebConfig(address, port, maxRequestBytes, accessToken, idleTimeout, warmUpRounds);
    }

    public WebConfig withIdleTimeout(Duration timeout) {
        return new WebConfig(host, port, maxRequestBytes, accessToken, timeout, warmUpRounds);
    }

    /** This configuration with {@code rounds} rounds of warm-up requests (0: none). */
    public WebConfig withWarmUpRounds(int rounds) {
        return new WebConfig(host, port, maxRequestBytes, accessToken, idleTimeout, rounds);
    }

    /**
     * Whether {@code host} names only this machine: {@code localhost}, an IPv4 address in 127.0.0.0/8 or {@code ::1}.
     * Other names count as not loopback (no DNS is asked).
     */
    public static boolean isLoopback(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1") || LOOPBACK_V4.matcher(h).matches();
    }
}
