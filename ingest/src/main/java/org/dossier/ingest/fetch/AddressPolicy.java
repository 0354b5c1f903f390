package org.dossier.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** Decides whether an address may be connected to; a refusal says why in a few words. */
@FunctionalInterface
public interface AddressPolicy {

    /** Every address allowed ({@code --allow-private}). */
    AddressPolicy ANY = address -> null;

    /**
     * Public addresses only: refuses loopback, unspecified, private (RFC 1918), shared (100.64/10), link-local,
     * multicast, broadcast and reserved IPv4, and IPv6 loopback, unspecified, link-local, site-local, unique-local
     * (fc00::/7) and multicast, also when an IPv4 address hides in IPv6 (mapped, compatible, NAT64, 6to4).
     */
    AddressPolicy PUBLIC_ONLY = AddressPolicy::refusalOfNonPublic;

    /** Why the address is refused, or null when it may be used. */
    String refusal(InetAddress address);

    /** {@link #ANY} or {@link #PUBLIC_ONLY}. */
    static AddressPolicy of(boolean allowPrivate) {
        return allowPrivate ? ANY : PUBLIC_ONLY;
    }

    private static String refusalOfNonPublic(InetAddress address) {
        if (address instanceof Inet4Address v4) {
            return refusalOfV4(v4.getAddress());
        }
        byte[] b = address.getAddress();
        if (address.isAnyLocalAddress()) {
            return "an unspecified address";
        }
        if (address.isLoopbackAddress()) {
            return "a loopback address";
        }
        if (address.isLinkLocalAddress()) {
            return "a link-local address";
        }
        if (address.isSiteLocalAddress()) {
            return "a site-local address";
        }
        if (address.isMulticastAddress()) {
            return "a multicast address";
        }
        if ((b[0] & 0xFE) == 0xFC) {
            return "a unique-local address";
        }
        if (address instanceof Inet6Address) {
            byte[] embedded = embeddedV4(b);
            if (embedded != null) {
                String inner = refusalOfV4(embedded);
                return inner == null ? null : inner + " inside an IPv6 address";
            }
        }
        return null;
    }

    /** The IPv4 address inside an IPv4-mapped, -compatible, NAT64 (64:ff9b::/96) or 6to4 (2002::/16) address. */
    private static byte[] embeddedV4(byte[] b) {
        boolean zeros80 = true;
        for (int i = 0; i < 10; i++) {
            zeros80 &= b[i] == 0;
        }
        if (zeros80 && ((b[10] == (byte) 0xFF && b[11] == (byte) 0xFF) || (b[10] == 0 && b[11] == 0))) {
            return new byte[] {b[12], b[13], b[14], b[15]};
        }
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xFF && b[3] == (byte) 0x9B;
        for (int i = 4; i < 12 && nat64; i++) {
            nat64 = b[i] == 0;
        }
        if (nat64) {
            return new byte[] {b[12], b[13], b[14], b[15]};
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return new byte[] {b[2], b[3], b[4], b[5]};
        }
        return null;
    }

    private static String refusalOfV4(byte[] a) {
        int b0 = a[0] & 0xFF;
        int b1 = a[1] & 0xFF;
        if (b0 == 127) {
            return "a loopback address";
        }
        if (b0 == 0) {
            return "an unspecified address";
        }
        if (b0 == 10 || b0 == 172 && b1 >= 16 && b1 <= 31 || b0 == 192 && b1 == 168) {
            return "a private address";
        }
        if (b0 == 100 && b1 >= 64 && b1 <= 127) {
            return "a shared (carrier-grade NAT) address";
        }
        if (b0 == 169 && b1 == 254) {
            return "a link-local address";
        }
        if (b0 >= 224 && b0 <= 239) {
            return "a multicast address";
        }
        if (b0 >= 240) {
            return "a reserved or broadcast address";
        }
        return null;
    }

    /** The address written as a literal, for messages. */
    static String literal(InetAddress address) {
        try {
            return InetAddress.getByAddress(address.getAddress()).getHostAddress();
        } catch (UnknownHostException e) {
            return address.toString();
        }
    }
}
