package org.dossier.web;

/**
 * Where and how the app listens.
 *
 * @param host the address to bind; {@value #DEFAULT_HOST} by default, so only this machine can connect
 * @param port the port; 0 picks a free one
 * @param maxRequestBytes the largest request body accepted; larger ones get 413
 */
public record WebConfig(String host, int port, long maxRequestBytes) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 5L * 1024 * 1024;

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
    }

    /** The defaults on {@code port}. */
    public static WebConfig onPort(int port) {
        return new WebConfig(DEFAULT_HOST, port, DEFAULT_MAX_REQUEST_BYTES);
    }

    public WebConfig withMaxRequestBytes(long bytes) {
        return new WebConfig(host, port, bytes);
    }
}
