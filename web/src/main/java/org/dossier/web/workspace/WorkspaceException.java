package org.dossier.web.workspace;

/**
 * A request the workspace cannot serve, with the HTTP-like status it maps to: 400 for a bad name or body, 404 for
 * something missing, 409 for a conflict, 413 for too much data.
 */
public final class WorkspaceException extends RuntimeException {

    private final int status;

    public WorkspaceException(int status, String message) {
        super(message);
        this.status = status;
    }

    public static WorkspaceException badRequest(String message) {
        return new WorkspaceException(400, message);
    }

    public static WorkspaceException notFound(String message) {
        return new WorkspaceException(404, message);
    }

    public int status() {
        return status;
    }
}
