package org.dossier.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressPolicyTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "public", value = {
        "127.0.0.1        | a loopback address",
        "127.255.0.9      | a loopback address",
        "0.0.0.0          | an unspecified address",
        "10.1.2.3         | a private address",
        "172.16.0.1       | a private address",
        "172.31.255.255   | a private address",
        "192.168.1.1      | a private address",
        "100.64.0.1       | a shared (carrier-grade NAT) address",
        "169.254.169.254  | a link-local address",
        "224.0.0.1        | a multicast address",
        "255.255.255.255  | a reserved or broadcast address",
        "::1              | a loopback address",
        "::               | an unspecified address",
        "fe80::1          | a link-local address",
        "fec0::1          | a site-local address",
        "fc00::1          | a unique-local address",
        "fd12:3456::1     | a unique-local address",
        "ff02::1          | a multicast address",
        "::ffff:10.0.0.1  | a private address",
        "64:ff9b::7f00:1  | a loopback address inside an IPv6 address",
        "2002:c0a8:0101:: | a private address inside an IPv6 address",
        "93.184.215.14    | public",
        "172.32.0.1       | public",
        "100.128.0.1      | public",
        "2606:4700::1111  | public",
    })
    void publicOnlyRefusesEveryNonPublicRange(String literal, String refusal) throws Exception {
        assertThat(AddressPolicy.PUBLIC_ONLY.refusal(InetAddress.getByName(literal))).isEqualTo(refusal);
    }

    @ParameterizedTest
    @CsvSource({"127.0.0.1", "10.0.0.1", "::1", "fd00::1"})
    void anyAllowsEverything(String literal) throws Exception {
        assertThat(AddressPolicy.ANY.refusal(InetAddress.getByName(literal))).isNull();
    }
}
