package dev.cdcarchitect.llm.client;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes secrets out of a message before it leaves the LLM layer. Servers repeat what they were sent: a 401 body
 * quotes the key, a proxy error dumps the request headers, a URL carries a password in its user-info. So this
 * removes the configured key and user-info (also cut short, split, quoted or JSON-escaped), any value of an
 * {@code Authorization}, {@code x-api-key} or {@code api-key} header, {@code Bearer} tokens, {@code sk-…} key
 * shapes and the user-info of any URL. {@link LlmClient} passes every exception and event reason through it.
 */
public final class SecretRedactor {

    public static final String MASK = "[redacted]";

    /** A piece of a secret this long is enough to identify it; shorter pieces are left (they also occur in words). */
    private static final int FRAGMENT = 8;

    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");
    private static final Pattern USER_INFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/\\s@?#]+@");
    private static final Pattern LEADING_USER_INFO = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://([^/\\s@?#]+)@");
    private static final Pattern HEADER = Pattern.compile(
            "(?i)\\b((?:proxy-)?authorization|x-api-key|api-key)([\"']?\\s*[:=]\\s*[\"']?)(?:(?:bearer|basic|token)\\s+)?+(?!\\[redacted])[^\\s,;\"'}\\]]+");
    private static final Pattern BEARER = Pattern.compile("(?i)\\b(bearer)\\s+[A-Za-z0-9._~+/=-]{6,}");
    private static final Pattern KEY_SHAPE = Pattern.compile("\\bsk-[A-Za-z0-9_-]{8,}");
    /** Runs of characters a key can be made of; a run holding a piece of a secret goes as a whole. */
    private static final Pattern RUN = Pattern.compile("[^\\s\"'`,;()\\[\\]{}<>]+");

    private final List<String> secrets = new ArrayList<>();

    public SecretRedactor(LlmSettings settings) {
        add(settings.apiKey());
        String userInfo = userInfo(settings.baseUrl());
        if (userInfo != null) {
            add(userInfo);
            int colon = userInfo.indexOf(':');
            if (colon >= 0) add(userInfo.substring(colon + 1));
        }
    }

    private void add(String secret) {
        if (secret != null && !secret.isBlank()) secrets.add(secret.trim());
    }

    /** The message without any secret; null stays null. */
    public String redact(String message) {
        if (message == null) return null;
        String text = unescape(message);
        for (String secret : secrets) text = text.replace(secret, MASK);
        text = withoutFragments(text);
        text = USER_INFO.matcher(text).replaceAll("$1");
        text = HEADER.matcher(text).replaceAll("$1$2" + Matcher.quoteReplacement(MASK));
        text = BEARER.matcher(text).replaceAll("$1 " + Matcher.quoteReplacement(MASK));
        return KEY_SHAPE.matcher(text).replaceAll(Matcher.quoteReplacement(MASK));
    }

    /** {@code https://user:pass@host/v1} shown as {@code https://host/v1}. */
    public static String withoutUserInfo(String url) {
        return url == null ? null : USER_INFO.matcher(url).replaceAll("$1");
    }

    /** Wraps a listener so the reasons it is given are redacted (tokens are the model's answer and pass as they are). */
    StreamEvents guard(StreamEvents events) {
        return new StreamEvents() {
            @Override
            public void onToken(String text) {
                events.onToken(text);
            }

            @Override
            public void onRetry(int attempt, java.time.Duration wait, String reason) {
                events.onRetry(attempt, wait, redact(reason));
            }

            @Override
            public void onDiscard(String reason) {
                events.onDiscard(redact(reason));
            }
        };
    }

    /** A secret JSON-escaped inside an error text ({@code sk\u002dabc}) is still the secret. */
    private static String unescape(String text) {
        if (text.indexOf('\\') < 0) return text;
        Matcher m = UNICODE_ESCAPE.matcher(text.replace("\\/", "/"));
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        return m.appendTail(out).toString();
    }

    /** A key cut short by a length limit or split by quotes still leaves pieces: any run holding one goes. */
    private String withoutFragments(String text) {
        Matcher run = RUN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (run.find()) {
            if (holdsFragment(run.group())) run.appendReplacement(out, Matcher.quoteReplacement(MASK));
        }
        return run.appendTail(out).toString();
    }

    private boolean holdsFragment(String run) {
        for (String secret : secrets) {
            if (secret.length() < FRAGMENT) continue; // whole short secrets were replaced already
            for (int i = 0; i + FRAGMENT <= secret.length(); i++) {
                if (run.contains(secret.substring(i, i + FRAGMENT))) return true;
            }
        }
        return false;
    }

    private static String userInfo(String url) {
        if (url == null) return null;
        Matcher m = LEADING_USER_INFO.matcher(url.trim());
        return m.find() ? m.group(1) : null;
    }
}
