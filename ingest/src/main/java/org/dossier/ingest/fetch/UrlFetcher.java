package org.dossier.ingest.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.dossier.ingest.GivenMetadata;
import org.dossier.ingest.RawInput;
import org.dossier.ingest.SourceIds;

/**
 * Fetches an article over http(s) within a {@link FetchPolicy}: connect and read timeouts, a size cap, and redirects
 * followed one at a time so that each hop is checked again. Before every request the host is resolved and every
 * address it has is checked against the {@link AddressPolicy} (by default, public addresses only); the HTTP client
 * then resolves the name through the same JVM address cache, which returns the list just checked. Thread-safe; the
 * HTTP client is built on the first fetch.
 */
public final class UrlFetcher {

    private final FetchPolicy policy;
    private final HostResolver resolver;
    private final AddressPolicy addresses;
    private volatile HttpClient client;

    /** A fetcher with the system resolver and the address policy the fetch policy asks for. */
    public UrlFetcher(FetchPolicy policy) {
        this(policy, HostResolver.SYSTEM, AddressPolicy.of(policy.allowPrivate()));
    }

    /** A fetcher with its own resolver and address policy (tests: a local server seen as public, names mapped). */
    public UrlFetcher(FetchPolicy policy, HostResolver resolver, AddressPolicy addresses) {
        this.policy = policy;
        this.resolver = resolver;
        this.addresses = addresses;
    }

    /**
     * A fetched response.
     *
     * @param requested the URL asked for (its hash is the source id)
     * @param finalUri the URL the body came from, after redirects
     * @param contentType the Content-Type header, or null
     */
    public record Fetched(URI requested, URI finalUri, String contentType, byte[] body) {

        /** The raw input of this page: id a short hash of the requested URL, the header's media type and charset. */
        public RawInput toRawInput() {
            return new RawInput(SourceIds.forUrl(requested.toString()), finalUri.toString(), body,
                    new GivenMetadata(contentType, null, null, null, null));
        }
    }

    /** Whether a command-line input names a URL this fetcher reads (http or https). */
    public static boolean isUrl(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** Fetches one URL, following up to {@link FetchPolicy#maxRedirects()} checked redirects. */
    public Fetched fetch(String url) throws FetchException {
        URI requested = parse(url);
        URI current = requested;
        for (int hop = 0; ; hop++) {
            check(url, current);
            HttpResponse<byte[]> response = send(url, current);
            int status = response.statusCode();
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                Optional<String> location = response.headers().firstValue("Location");
                if (location.isEmpty()) {
                    throw new FetchException(url, "HTTP " + status + " redirect without a Location header");
                }
                if (hop >= policy.maxRedirects()) {
                    throw new FetchException(url, "more than " + policy.maxRedirects() + " redirects");
                }
                try {
                    current = current.resolve(new URI(location.get().strip().replace(" ", "%20")));
                } catch (URISyntaxException | IllegalArgumentException e) {
                    throw new FetchException(url, "redirect to an invalid URL '" + location.get() + "'");
                }
                continue;
            }
            if (status < 200 || status > 299) {
                throw new FetchException(url, "HTTP " + status + (hop > 0 ? " from " + current : ""));
            }
            return new Fetched(requested, current, response.headers().firstValue("Content-Type").orElse(null),
                    response.body());
        }
    }

    private static URI parse(String url) throws FetchException {
        try {
            URI uri = new URI(url.strip());
            if (uri.getHost() == null) {
                throw new FetchException(url, "not a URL with a host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new FetchException(url, "not a valid URL (" + e.getReason() + ")");
        }
    }

    /** The scheme must be http(s) and every address of the host allowed. */
    private void check(String url, URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(url, "only http and https URLs are fetched" + (uri.equals(parseQuietly(url)) ? ""
                    : " (redirected to " + uri + ")"));
        }
        String host = uri.getHost();
        if (host == null) {
            throw new FetchException(url, "redirected to a URL without a host (" + uri + ")");
        }
        InetAddress[] all;
        try {
            all = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new FetchException(url, "unknown host " + host);
        }
        if (all == null || all.length == 0) {
            throw new FetchException(url, "unknown host " + host);
        }
        for (InetAddress a : all) {
            String refusal = addresses.refusal(a);
            if (refusal != null) {
                throw new FetchException(url, "refused: " + host + " is " + refusal + " ("
                        + AddressPolicy.literal(a) + "); use --allow-private to fetch it");
            }
        }
    }

    private static URI parseQuietly(String url) {
        try {
            return new URI(url.strip());
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private HttpResponse<byte[]> send(String url, URI uri) throws FetchException {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(uri).GET().timeout(policy.readTimeout())
                    .header("User-Agent", policy.userAgent())
                    .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                            + "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
                    .build();
        } catch (IllegalArgumentException e) {
            throw new FetchException(url, "not a URL the HTTP client accepts (" + e.getMessage() + ")");
        }
        CappedBody[] body = new CappedBody[1];
        CompletableFuture<HttpResponse<byte[]>> future = client().sendAsync(request, info -> {
            OptionalLong length = info.headers().firstValueAsLong("Content-Length");
            body[0] = new CappedBody(isRedirect(info.statusCode()) ? 1024 * 1024 : policy.maxBytes());
            if (length.isPresent() && length.getAsLong() > policy.maxBytes() && !isRedirect(info.statusCode())) {
                body[0].onError(new CappedBody.TooLarge(policy.maxBytes()));
            }
            return body[0];
        });
        long waitMillis = policy.connectTimeout().toMillis() + policy.readTimeout().toMillis();
        try {
            return future.get(waitMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            if (body[0] != null) {
                body[0].cancel();
            }
            throw new FetchException(url, "timed out after " + waitMillis / 1000 + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new FetchException(url, "interrupted");
        } catch (ExecutionException e) {
            throw new FetchException(url, describe(e.getCause()));
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private String describe(Throwable t) {
        Throwable c = t;
        while (c instanceof java.util.concurrent.CompletionException || c instanceof ExecutionException
                || (c instanceof IOException && c.getCause() instanceof CappedBody.TooLarge)) {
            if (c.getCause() == null) {
                break;
            }
            c = c.getCause();
        }
        if (c instanceof CappedBody.TooLarge) {
            return "response " + c.getMessage();
        }
        if (c instanceof HttpConnectTimeoutException) {
            return "connection timed out after " + policy.connectTimeout().toSeconds() + " s";
        }
        if (c instanceof HttpTimeoutException) {
            return "timed out after " + policy.readTimeout().toSeconds() + " s";
        }
        if (c instanceof ConnectException) {
            return "connection refused";
        }
        if (c instanceof javax.net.ssl.SSLException) {
            return "TLS failed (" + c.getMessage() + ")";
        }
        String m = c.getMessage();
        return c.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : " (" + m.lines().findFirst().orElse("") + ")");
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = HttpClient.newBuilder().connectTimeout(policy.connectTimeout())
                            .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
                }
                c = client;
            }
        }
        return c;
    }
}
