package io.closewright.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The webhook address policy (ADR 0023) on a resolver that answers from a table. */
class WebhookAddressPolicyTests {

    private static final Map<String, String> DNS = Map.of(
            "hooks.example.com", "93.184.216.34",
            "sneaky.example.com", "10.0.0.5",
            "metadata.example.com", "169.254.169.254",
            "receiver.test", "127.0.0.1");

    private final WebhookAddressPolicy policy = new WebhookAddressPolicy(List.of(" Receiver.test "), host -> {
        String address = DNS.get(host);
        if (address != null) {
            return new InetAddress[] {InetAddress.getByName(address)};
        }
        if (host.matches("[0-9.]+|.*:.*")) {
            return InetAddress.getAllByName(host);
        }
        throw new UnknownHostException(host);
    });

    @Test
    void aPublicHttpsAddressIsAccepted() throws Exception {
        assertThat(policy.refusalOnSave(URI.create("https://hooks.example.com/x")))
                .isEmpty();
        assertThat(policy.refusalOnSend(URI.create("https://hooks.example.com/x")))
                .isEmpty();
    }

    @Test
    void internalAddressesAreRefusedByNameOrLiteral() throws Exception {
        for (String url : List.of(
                "https://sneaky.example.com/x",
                "https://metadata.example.com/latest",
                "https://127.0.0.1:8080/",
                "https://169.254.169.254/latest/meta-data",
                "https://192.168.1.10/",
                "https://172.16.0.1/",
                "https://100.64.0.1/",
                "https://0.0.0.0/",
                "https://224.0.0.1/",
                "https://[::1]/",
                "https://[fd00::1]/",
                "https://[fe80::1]/",
                "https://[::ffff:10.0.0.1]/")) {
            assertThat(policy.refusalOnSave(URI.create(url)))
                    .as(url)
                    .hasValueSatisfying(why -> assertThat(why).contains("internal address"));
            assertThat(policy.refusalOnSend(URI.create(url))).as(url).isPresent();
        }
    }

    @Test
    void plainHttpIsRefusedUnlessTheHostIsAllowed() throws Exception {
        assertThat(policy.refusalOnSave(URI.create("http://hooks.example.com/x")))
                .hasValue("must be an https:// address");
        assertThat(policy.refusalOnSave(URI.create("http://receiver.test:9000/hook")))
                .isEmpty();
        assertThat(policy.refusalOnSend(URI.create("http://RECEIVER.test:9000/hook")))
                .isEmpty();
    }

    @Test
    void anUnresolvableHostIsAcceptedOnSaveAndRetriedOnSend() {
        assertThat(policy.refusalOnSave(URI.create("https://not-yet.example.com/x")))
                .isEmpty();
        assertThatThrownBy(() -> policy.refusalOnSend(URI.create("https://not-yet.example.com/x")))
                .isInstanceOf(UnknownHostException.class);
    }
}
