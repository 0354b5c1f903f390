package org.dossier.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dossier.model.Source;
import org.dossier.web.workspace.Workspace;
import org.dossier.web.workspace.WorkspaceException;

/**
 * The dossier.json and source-text responses of each event, encoded once per version of its dossier.json (compressed,
 * tagged; see {@link EncodedBody}) instead of once per request. A new version of the file replaces the event's
 * bodies on the next request. Holds at most the dossier and its sources per event. Thread-safe.
 */
final class DossierResponses {

    private static final String JSON = "application/json; charset=utf-8";

    private final Workspace workspace;
    private final ObjectMapper mapper;
    private final Map<String, Version> versions = new ConcurrentHashMap<>();

    /** The bodies of one version of an event's dossier.json; sources are added as they are asked for. */
    private record Version(String stamp, EncodedBody dossier, Map<String, EncodedBody> sources) {
    }

    DossierResponses(Workspace workspace, ObjectMapper mapper) {
        this.workspace = workspace;
        this.mapper = mapper;
    }

    /** The dossier.json of {@code event}; 404 when the event or its dossier does not exist. */
    EncodedBody dossier(String event) {
        return version(event).dossier();
    }

    /** The source {@code sourceId} of {@code event}'s dossier as JSON; 404 when there is no such source. */
    EncodedBody source(String event, String sourceId) {
        Version v = version(event);
        EncodedBody body = v.sources().get(sourceId);
        if (body == null) {
            Source source = workspace.dossier(event)
                    .orElseThrow(() -> WorkspaceException.notFound("event '" + event + "' has no dossier yet"))
                    .sources().stream().filter(s -> s.id().equals(sourceId)).findFirst()
                    .orElseThrow(() -> WorkspaceException.notFound("no source '" + sourceId + "' in event '" + event + "'"));
            try {
                body = EncodedBody.of(mapper.writeValueAsBytes(source), JSON);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
            v.sources().putIfAbsent(sourceId, body);
        }
        return body;
    }

    /**
     * The bodies of the current version. The stamp is read before the file, so a file replaced meanwhile is at worst
     * encoded again on the next request, never kept under the newer stamp.
     */
    private Version version(String event) {
        workspace.requireEvent(event);
        String stamp = workspace.dossierStamp(event);
        Version v = versions.get(event);
        if (v != null && v.stamp().equals(stamp)) {
            return v;
        }
        return versions.compute(event, (id, old) -> old != null && old.stamp().equals(stamp) ? old
                : new Version(stamp, EncodedBody.of(workspace.dossierJson(id), JSON), new ConcurrentHashMap<>()));
    }
}
