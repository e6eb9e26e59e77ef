package org.perftracker.server.auth;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Where a request comes from, as far as the server can tell: the socket's remote address, never a header, unless
 * the socket is a trusted proxy; then the address that proxy forwarded, and whether the browser spoke HTTPS to it.
 * A request that carries forwarding headers through a proxy that is not trusted is never taken as loopback: a
 * proxy on the server's own machine would otherwise make the whole network look local.
 *
 * @param address the client's address, e.g. {@code 127.0.0.1} or {@code 192.0.2.7}
 * @param loopback whether it is the server's own machine ({@code 127.0.0.0/8}, {@code ::1})
 * @param https whether the browser's connection is encrypted (cookies are then sent {@code Secure})
 */
public record ClientAddress(String address, boolean loopback, boolean https) {
    private static final List<String> FORWARDING = List.of("X-Forwarded-For", "Forwarded", "X-Real-IP");

    public static ClientAddress of(Context ctx, List<String> trustedProxies) {
        return of(ctx.req().getRemoteAddr(), ctx.req().isSecure(), ctx::header, trustedProxies);
    }

    /**
     * @param socket the remote address of the connection
     * @param header a request header by name, or null
     */
    public static ClientAddress of(String socket, boolean secure, UnaryOperator<String> header,
            List<String> trustedProxies) {
        boolean forwarded = FORWARDING.stream().anyMatch(h -> header.apply(h) != null);
        if (!isTrusted(socket, trustedProxies)) {
            return new ClientAddress(socket, !forwarded && isLoopback(socket), secure);
        }
        String client = socket;
        String chain = header.apply("X-Forwarded-For");
        if (chain != null) {
            // the right-most address no trusted proxy added is the client's: anything left of it may be forged
            String[] hops = chain.split(",");
            for (int i = hops.length - 1; i >= 0; i--) {
                client = hops[i].trim();
                if (!isTrusted(client, trustedProxies)) {
                    break;
                }
            }
        }
        String proto = header.apply("X-Forwarded-Proto");
        boolean https = proto != null ? lastOf(proto).equalsIgnoreCase("https") : secure;
        return new ClientAddress(client, isLoopback(client), https);
    }

    private static String lastOf(String list) {
        String[] parts = list.split(",");
        return parts[parts.length - 1].trim().toLowerCase(Locale.ROOT);
    }

    private static boolean isTrusted(String address, List<String> trusted) {
        if (trusted.isEmpty()) {
            return false;
        }
        String normal = normalise(address);
        return trusted.stream().anyMatch(t -> normalise(t).equals(normal));
    }

    /** @return the address in one spelling ({@code ::1} for {@code 0:0:0:0:0:0:0:1}), or as given if not an IP */
    private static String normalise(String address) {
        return literal(address).map(InetAddress::getHostAddress).orElse(address.trim());
    }

    static boolean isLoopback(String address) {
        return literal(address).map(InetAddress::isLoopbackAddress).orElse(false);
    }

    /** Parses IP literals only: a host name is never looked up. */
    private static java.util.Optional<InetAddress> literal(String address) {
        if (address == null) {
            return java.util.Optional.empty();
        }
        String a = address.trim();
        if (a.startsWith("[") && a.endsWith("]")) {
            a = a.substring(1, a.length() - 1);
        }
        boolean ipv4 = a.matches("[0-9.]+") && a.chars().filter(c -> c == '.').count() == 3;
        boolean ipv6 = a.contains(":") && a.matches("[0-9a-fA-F:.%a-zA-Z]+");
        if (!ipv4 && !ipv6) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(InetAddress.getByName(a));
        } catch (UnknownHostException e) {
            return java.util.Optional.empty();
        }
    }
}
