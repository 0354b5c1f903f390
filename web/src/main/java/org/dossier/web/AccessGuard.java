package org.dossier.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import org.dossier.web.workspace.WorkspaceException;

/**
 * Decides whether a request is served, before any handler runs: sets the security headers; on a loopback address
 * refuses foreign Host headers (DNS rebinding); refuses state-changing requests sent by another site's page; and, when
 * the app has an access token, requires it as {@code Authorization: Bearer TOKEN} or as the cookie the page gets after
 * one visit to {@code /?token=TOKEN}. Tokens are compared in constant time. Thread-safe.
 */
final class AccessGuard {

    /** Scripts and styles from this app only; no inline code, no framing, connections back to the app only. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    static final String TOKEN_PARAMETER = "token";

    /** Thrown when a valid {@code ?token=} visit is answered with the cookie and a redirect to the same path. */
    static final class TokenAccepted extends RuntimeException {
        private final String location;
        private final String cookie;

        TokenAccepted(String location, String cookie) {
            super(null, null, false, false);
            this.location = location;
            this.cookie = cookie;
        }

        String location() {
            return location;
        }

        String cookie() {
            return cookie;
        }
    }

    private final WebConfig config;
    private final byte[] token;

    AccessGuard(WebConfig config) {
        this.config = config;
        this.token = config.accessToken() == null ? null : config.accessToken().getBytes(StandardCharsets.UTF_8);
    }

    /** Throws a {@link WorkspaceException} (403, 401 or 413) when {@code ctx} may not be served. */
    void check(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cache-Control", "no-store");
        if (WebConfig.isLoopback(config.host()) && !WebConfig.isLoopback(hostName(ctx.header("Host")))) {
            throw new WorkspaceException(403, "this app only answers requests addressed to localhost");
        }
        if (!isSafe(ctx.method().name()) && isCrossSite(ctx)) {
            throw new WorkspaceException(403, "requests from another site's page are refused");
        }
        if (token != null && !matches(bearer(ctx.header("Authorization"))) && !matches(ctx.cookie(cookieName(ctx)))) {
            if (isSafe(ctx.method().name()) && matches(ctx.queryParam(TOKEN_PARAMETER))) {
                throw new TokenAccepted(ctx.path(), cookieName(ctx) + "=" + config.accessToken()
                        + "; Path=/; HttpOnly; SameSite=Strict");
            }
            ctx.header("WWW-Authenticate", "Bearer");
            throw new WorkspaceException(401, "this app needs its access token: open the address that dossier serve printed, "
                    + "or send the header 'Authorization: Bearer TOKEN'");
        }
        long length = ctx.req().getContentLengthLong();
        if (length > config.maxRequestBytes()) {
            throw new WorkspaceException(413, "the request has " + length + " bytes, the limit is " + config.maxRequestBytes());
        }
    }

    /** One cookie per port, since browsers share cookies between the ports of one host. */
    static String cookieName(Context ctx) {
        return "dossier_token_" + ctx.port();
    }

    private boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(token, candidate.getBytes(StandardCharsets.UTF_8));
    }

    private static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return authorization.substring(7).strip();
    }

    private static boolean isSafe(String method) {
        return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    }

    /** A browser names the page that sent a request: another origin than this Host, or Sec-Fetch-Site cross-site. */
    private static boolean isCrossSite(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && (site.equalsIgnoreCase("cross-site") || site.equalsIgnoreCase("same-site"))) {
            return true;
        }
        String origin = ctx.header("Origin");
        String host = ctx.header("Host");
        return origin != null && (host == null || !origin.toLowerCase(Locale.ROOT).equals("http://" + host.toLowerCase(Locale.ROOT)));
    }

    private static String hostName(String hostHeader) {
        if (hostHeader == null) {
            return "";
        }
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            return close < 0 ? h : h.substring(0, close + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }
}
