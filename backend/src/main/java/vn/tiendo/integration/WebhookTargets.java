package vn.tiendo.integration;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a webhook may point: the one home of the rule that webhooks cannot reach inside. A target whose host is, or
 * resolves to, a loopback, link-local (169.254/16, fe80::/10, cloud metadata), private (10/8, 172.16/12, 192.168/16),
 * shared (CGNAT 100.64/10), unique-local (fc00::/7), multicast, unspecified, benchmark, reserved or broadcast address
 * is refused, at registration and again at each delivery, unless {@code TIENDO_WEBHOOKS_ALLOW_PRIVATE=true} (an
 * on-premise portal on a private network). Every address a name resolves to must be allowed; the delivery then
 * connects to the address checked here (pinned), so a name that re-resolves elsewhere (DNS rebinding) changes nothing.
 */
@ApplicationScoped
public class WebhookTargets {
    @ConfigProperty(name = "tiendo.webhooks.allow-private", defaultValue = "false")
    boolean allowPrivate;

    /** A checked target: the URL's parts and the address to connect to. */
    public record Target(URI uri, String host, int port, boolean tls, InetAddress address) {
        /** The path and query to request. */
        public String requestUri() {
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        }
    }

    /** Why a target was refused; {@link #category} is what the delivery log records. */
    public static final class Refused extends Exception {
        public final String category;

        Refused(String category, String message) {
            super(message, null, false, false);
            this.category = category;
        }
    }

    public boolean allowsPrivate() {
        return allowPrivate;
    }

    /** Tests flip this to see the default refusal; production reads it once from the configuration. */
    public void allowPrivate(boolean allow) {
        this.allowPrivate = allow;
    }

    /** Parses, resolves and checks a URL; the answer names the one address to connect to. */
    public Target resolve(String url) throws Refused {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new Refused("INVALID_URL", "địa chỉ không hợp lệ");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new Refused("INVALID_URL", "phải là địa chỉ http(s)");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty() || uri.getRawUserInfo() != null) {
            throw new Refused("INVALID_URL", "địa chỉ phải có tên máy chủ và không chứa tên đăng nhập");
        }
        boolean tls = scheme.equals("https");
        int port = uri.getPort() == -1 ? (tls ? 443 : 80) : uri.getPort();
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bare);
        } catch (UnknownHostException e) {
            throw new Refused("DNS", "không phân giải được tên máy chủ '" + bare + "'");
        }
        if (!allowPrivate) {
            for (InetAddress a : addresses) {
                if (isInternal(a)) {
                    throw new Refused(
                            "BLOCKED_ADDRESS",
                            "'" + bare + "' trỏ vào địa chỉ nội bộ " + a.getHostAddress()
                                    + " (loopback, link-local, mạng riêng, multicast…); không được phép");
                }
            }
        }
        return new Target(uri, bare, port, tls, addresses[0]);
    }

    /** True for every address a webhook must not reach from the server. */
    public static boolean isInternal(InetAddress a) {
        if (a.isAnyLocalAddress()
                || a.isLoopbackAddress()
                || a.isLinkLocalAddress()
                || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            return isInternalV4(b);
        }
        if (a instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) { // fc00::/7 unique local
                return true;
            }
            if (first == 0xfe && (b[1] & 0xc0) == 0xc0) { // fec0::/10 old site-local
                return true;
            }
            if (allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) { // ::ffff:a.b.c.d
                return isInternalV4(Arrays.copyOfRange(b, 12, 16));
            }
            if (allZero(b, 0, 12)) { // ::a.b.c.d (deprecated compatible form), :: and ::1 included
                return true;
            }
            if ((b[0] & 0xff) == 0x00
                    && (b[1] & 0xff) == 0x64
                    && (b[2] & 0xff) == 0xff
                    && (b[3] & 0xff) == 0x9b) { // 64:ff9b::/96 NAT64
                return isInternalV4(Arrays.copyOfRange(b, 12, 16));
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) { // 2002::/16 6to4 carries an IPv4 address
                return isInternalV4(Arrays.copyOfRange(b, 2, 6));
            }
            return (b[0] & 0xff) == 0x20
                    && (b[1] & 0xff) == 0x01
                    && (b[2] & 0xff) == 0x0d
                    && (b[3] & 0xff) == 0xb8; // 2001:db8::/32
        }
        return true;
    }

    private static final List<int[]> BLOCKED_V4 =
            List.of( // {first octet, second octet mask, second octet value, prefix}
                    new int[] {0, 0, 0}, // 0.0.0.0/8 "this network"
                    new int[] {10, 0, 0}, // private
                    new int[] {127, 0, 0}, // loopback
                    new int[] {100, 0xc0, 64}, // 100.64.0.0/10 shared (CGNAT)
                    new int[] {169, 0xff, 254}, // link-local, cloud metadata
                    new int[] {172, 0xf0, 16}, // 172.16.0.0/12 private
                    new int[] {192, 0xff, 168}, // private
                    new int[] {198, 0xfe, 18}); // 198.18.0.0/15 benchmark

    private static boolean isInternalV4(byte[] b) {
        int o1 = b[0] & 0xff;
        int o2 = b[1] & 0xff;
        int o3 = b[2] & 0xff;
        for (int[] r : BLOCKED_V4) {
            if (o1 == r[0] && (o2 & r[1]) == r[2]) {
                return true;
            }
        }
        if (o1 == 192
                && o2 == 0
                && (o3 == 0 || o3 == 2)) { // 192.0.0.0/24 protocol assignments, 192.0.2.0/24 documentation
            return true;
        }
        if ((o1 == 198 && o2 == 51 && o3 == 100) || (o1 == 203 && o2 == 0 && o3 == 113)) { // documentation
            return true;
        }
        return o1 >= 224; // multicast 224/4, reserved 240/4, broadcast
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
