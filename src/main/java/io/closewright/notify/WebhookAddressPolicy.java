package io.closewright.notify;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Where a user-supplied webhook may point (ADR 0023): an {@code https} address whose host resolves only to
 * public addresses. Loopback, link-local (cloud metadata), site-local and other private ranges (10/8,
 * 172.16/12, 192.168/16, 100.64/10, fc00::/7), multicast and the wildcard address are refused, unless the
 * host, as written in the URL, is in {@code closewright.notify.webhook-allowed-hosts}; only such hosts
 * may also use plain {@code http}. Checked when a webhook is saved and again, resolving afresh, before
 * every post.
 */
@Component
class WebhookAddressPolicy {

    private final Set<String> allowedHosts;
    private final Resolver resolver;

    /** Resolves a host name to its addresses; a seam for tests. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    @Autowired
    WebhookAddressPolicy(NotifySettings settings) {
        this(settings.webhookAllowedHosts(), InetAddress::getAllByName);
    }

    WebhookAddressPolicy(List<String> allowedHosts, Resolver resolver) {
        this.allowedHosts = allowedHosts.stream()
                .map(h -> h.trim().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        this.resolver = resolver;
    }

    /**
     * Why the webhook may not be saved with this URL, or empty when it may. A host that does not resolve
     * now is accepted here (it is checked again before each post).
     */
    Optional<String> refusalOnSave(URI url) {
        String host = host(url);
        if (allowed(host)) {
            return Optional.empty();
        }
        Optional<String> scheme = scheme(url);
        if (scheme.isPresent()) {
            return scheme;
        }
        try {
            return internal(host, resolver.resolve(host));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /**
     * Why nothing may be posted to this URL now, or empty when it may.
     *
     * @throws UnknownHostException when the host does not resolve (a failure worth retrying)
     */
    Optional<String> refusalOnSend(URI url) throws UnknownHostException {
        String host = host(url);
        if (allowed(host)) {
            return Optional.empty();
        }
        Optional<String> scheme = scheme(url);
        if (scheme.isPresent()) {
            return scheme;
        }
        return internal(host, resolver.resolve(host));
    }

    private boolean allowed(String host) {
        return allowedHosts.contains(host);
    }

    private static Optional<String> scheme(URI url) {
        return "https".equalsIgnoreCase(url.getScheme())
                ? Optional.empty()
                : Optional.of("must be an https:// address");
    }

    private static Optional<String> internal(String host, InetAddress[] addresses) {
        for (InetAddress a : addresses) {
            if (internal(a)) {
                return Optional.of("must not point to an internal address (" + host + " is " + a.getHostAddress()
                        + "); use a public https:// address");
            }
        }
        return Optional.empty();
    }

    /** Loopback, wildcard, link-local, private, shared (100.64/10), unique-local IPv6 or multicast. */
    static boolean internal(InetAddress a) {
        if (a.isLoopbackAddress()
                || a.isAnyLocalAddress()
                || a.isLinkLocalAddress()
                || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0
                    || first == 127
                    || (first == 100 && second >= 64 && second < 128)
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0)
                    || first >= 240;
        }
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc || isMappedInternal(b);
        }
        return false;
    }

    private static boolean isMappedInternal(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        if ((b[10] & 0xff) != 0xff || (b[11] & 0xff) != 0xff) {
            return false;
        }
        try {
            return internal(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
        } catch (UnknownHostException e) {
            return true;
        }
    }

    private static String host(URI url) {
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
