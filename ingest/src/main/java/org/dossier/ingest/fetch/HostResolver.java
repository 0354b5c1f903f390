package org.dossier.ingest.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Resolves a host name to every address it has. */
@FunctionalInterface
public interface HostResolver {

    /** The system resolver, through the JVM's address cache (the one the HTTP client uses too). */
    HostResolver SYSTEM = InetAddress::getAllByName;

    InetAddress[] resolve(String host) throws UnknownHostException;
}
