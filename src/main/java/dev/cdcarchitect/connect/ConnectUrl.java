package dev.cdcarchitect.connect;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * The Kafka Connect REST URL the user named. User-info ({@code https://user:secret@host:8083}) becomes HTTP Basic
 * authentication (Connect's {@code BasicAuthSecurityRestExtension}) and is never shown: {@link #shown()} leaves it out.
 */
public final class ConnectUrl {

    private final URI base;
    private final String userInfo;

    private ConnectUrl(URI base, String userInfo) {
        this.base = base;
        this.userInfo = userInfo;
    }

    /** @throws IllegalArgumentException with a message that never repeats the user-info */
    public static ConnectUrl parse(String text) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the Connect URL is not a valid URL (" + e.getReason() + "); write it as http://HOST:8083.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("the Connect URL must start with http:// or https:// and name a host, e.g. http://connect.example.com:8083.");
        }
        try {
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
            URI base = new URI(scheme, null, uri.getHost(), uri.getPort(), null, null, null).resolve(path.isEmpty() ? "/" : path + "/");
            return new ConnectUrl(base, uri.getRawUserInfo());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the Connect URL is not a valid URL (" + e.getReason() + ").");
        }
    }

    /** The URL as it may be printed: scheme, host, port and path, no user-info. */
    public String shown() {
        String text = base.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    URI resolve(String relativePath) {
        return base.resolve(relativePath);
    }

    /** The {@code Authorization} header value when the URL carried user-info. */
    Optional<String> basicAuthorization() {
        if (userInfo == null || userInfo.isEmpty()) return Optional.empty();
        String decoded = java.net.URLDecoder.decode(userInfo.replace("+", "%2B"), StandardCharsets.UTF_8);
        return Optional.of("Basic " + Base64.getEncoder().encodeToString(decoded.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return shown();
    }
}
