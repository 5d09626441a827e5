package dev.cdcarchitect.llm.client;

import java.io.IOException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;

/**
 * Streams one answer from a provider, as reliably as the official SDKs: retries with exponential backoff and
 * jitter on connection errors, 408, 409, 429 and 5xx (529 included), honouring a Retry-After up to the settings' cap
 * (a longer one fails at once, with the server's wait in the message); no retry on
 * 400/401/403/404 or quota errors; separate connect, first-token, idle-gap and overall timeouts; cancel at once,
 * also during a backoff wait. A stream that breaks after text arrived is not resumed: the partial text is
 * discarded and the error says so. Every failure and every reason it reports passes through {@link SecretRedactor}
 * on the way out, so a server that repeats the key back cannot make us print it.
 */
public final class LlmClient {

    private static final Duration BASE_BACKOFF = Duration.ofMillis(500);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(8);
    private static final Duration POLL = Duration.ofMillis(25);

    private final LlmSettings settings;
    private final Protocol protocol;
    private final EventSource.Factory sources;
    private final SecretRedactor redactor;
    private final Pause pause;

    /** Waits between attempts; true when cancelled meanwhile. Tests record the waits instead of sleeping. */
    interface Pause {
        boolean await(Duration wait, CancelSignal cancel);
    }

    public LlmClient(LlmSettings settings) {
        this(settings, (wait, cancel) -> cancel.sleep(wait));
    }

    LlmClient(LlmSettings settings, Pause pause) {
        this.settings = settings;
        this.pause = pause;
        this.redactor = new SecretRedactor(settings);
        this.protocol = settings.provider() == LlmProvider.ANTHROPIC ? new AnthropicProtocol() : new OpenAiProtocol();
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(Duration.ZERO) // first-token and idle-gap timeouts are enforced below, separately
                .writeTimeout(settings.connectTimeout())
                .retryOnConnectionFailure(false) // retries are ours, counted and shown
                .addInterceptor(AnswerLimit.interceptor())
                .build();
        this.sources = EventSources.createFactory(http);
        // Parse one event before the request goes out: the first real token then meets warm JSON code, not class loading.
        protocol.parse(null, "{\"choices\":[{\"delta\":{\"content\":\"\"}}],\"type\":\"ping\"}");
    }

    /** The answer, or an {@link LlmException} whose message, like every reason given to {@code events}, holds no secret. */
    public LlmAnswer complete(ChatRequest chat, StreamEvents events, CancelSignal cancel) throws LlmException {
        try {
            return attempts(chat, redactor.guard(events), cancel);
        } catch (LlmException e) {
            throw e.redactedWith(redactor);
        }
    }

    private LlmAnswer attempts(ChatRequest chat, StreamEvents events, CancelSignal cancel) throws LlmException {
        if (settings.apiKey() == null || settings.apiKey().isBlank()) {
            if (isRemote(settings.baseUrl())) {
                throw LlmException.fatal(LlmException.Kind.NO_KEY, "no API key: set " + settings.provider().keyVariable()
                        + " (local servers such as Ollama need none)");
            }
        }
        long started = System.nanoTime();
        long deadline = started + settings.overallTimeout().toNanos();
        if (settings.apiKey() != null && !settings.apiKey().chars().allMatch(c -> c > ' ' && c < 0x7f)) {
            // OkHttp would reject the header and quote it (it hides only the headers it knows as sensitive).
            throw LlmException.fatal(LlmException.Kind.NO_KEY, "the API key contains a space, a line break or a non-ASCII character; "
                    + "copy it again without them (" + settings.provider().keyVariable() + " or the key in Settings)");
        }
        Request request;
        try {
            request = protocol.request(chat, settings);
        } catch (IllegalArgumentException e) { // OkHttp's message quotes the whole URL, user-info included: redacted on the way out
            throw LlmException.fatal(LlmException.Kind.HTTP, "the base URL " + settings.displayUrl() + " is not a valid URL ("
                    + e.getMessage() + "). Check it in Settings or --llm-base-url.");
        }
        for (int attempt = 1; ; attempt++) {
            try {
                Streamed streamed = streamOnce(request, events, cancel, deadline);
                return new LlmAnswer(streamed.text, streamed.tokens, attempt, Duration.ofNanos(System.nanoTime() - started));
            } catch (LlmException e) {
                if (!e.retryable() || attempt >= settings.maxAttempts()) {
                    if (e.retryable()) throw LlmException.fatal(e.kind(), e.getMessage() + " (gave up after " + attempt + " attempts)");
                    throw e;
                }
                if (e.retryAfter() != null && e.retryAfter().compareTo(settings.maxRetryAfter()) > 0) {
                    // Waiting the cap again and again would only hammer a server that said when to come back.
                    throw LlmException.fatal(e.kind(), e.getMessage() + "; the server asked to wait " + e.retryAfter().toSeconds()
                            + " s, longer than this client waits (" + human(settings.maxRetryAfter()) + "); try again later");
                }
                Duration wait = backoff(attempt, e.retryAfter());
                if (System.nanoTime() + wait.toNanos() > deadline) {
                    throw LlmException.fatal(LlmException.Kind.TIMEOUT, e.getMessage() + "; no time left for another attempt within "
                            + human(settings.overallTimeout()));
                }
                events.onRetry(attempt, wait, e.getMessage());
                if (pause.await(wait, cancel)) throw cancelled();
            }
        }
    }

    private static boolean isRemote(String baseUrl) {
        return !(baseUrl.contains("://localhost") || baseUrl.contains("://127.0.0.1") || baseUrl.contains("://[::1]"));
    }

    /** Exponential from 0.5 s, capped at 8 s, with ±25% jitter; a server's Retry-After (within the settings' cap) wins. */
    Duration backoff(int attempt, Duration retryAfter) {
        if (retryAfter != null) return retryAfter.compareTo(settings.maxRetryAfter()) > 0 ? settings.maxRetryAfter() : retryAfter;
        long base = Math.min(MAX_BACKOFF.toMillis(), BASE_BACKOFF.toMillis() << Math.min(attempt - 1, 10));
        double jitter = 0.75 + ThreadLocalRandom.current().nextDouble() * 0.5;
        return Duration.ofMillis(Math.round(base * jitter));
    }

    private record Streamed(String text, int tokens) {}

    private record Failure(Throwable error, int status, String body, String retryAfter) {}

    private static final Object CLOSED = new Object();
    private static final Object TOO_LARGE = new Object();

    private Streamed streamOnce(Request request, StreamEvents events, CancelSignal cancel, long deadline) throws LlmException {
        BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
        EventSource source = sources.newEventSource(request, new EventSourceListener() {
            private long received;

            /** Parsed and counted here, as it arrives: what waits in the queue can never exceed the answer limit. */
            @Override
            public void onEvent(EventSource es, String id, String type, String data) {
                WireEvent wire = protocol.parse(type, data);
                if (wire instanceof WireEvent.Token t && (received += t.text().length()) > AnswerLimit.MAX_CHARACTERS) {
                    queue.add(TOO_LARGE);
                    es.cancel();
                    return;
                }
                queue.add(wire);
            }

            @Override
            public void onClosed(EventSource es) {
                queue.add(CLOSED);
            }

            @Override
            public void onFailure(EventSource es, Throwable error, Response response) {
                int status = response == null ? 0 : response.code();
                String body = "";
                String retryAfter = null;
                if (response != null) {
                    retryAfter = response.header("Retry-After");
                    try {
                        body = response.peekBody(16_384).string();
                    } catch (IOException | RuntimeException ignored) {
                        // the status alone will do
                    }
                }
                queue.add(new Failure(error, status, body, retryAfter));
            }
        });
        StringBuilder text = new StringBuilder();
        int tokens = 0;
        long opened = System.nanoTime();
        long lastEvent = opened;
        try {
            while (true) {
                if (cancel.isCancelled()) throw cancelled();
                Object item;
                try {
                    item = queue.poll(POLL.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw cancelled();
                }
                long now = System.nanoTime();
                if (item == null) {
                    if (now > deadline) {
                        throw LlmException.fatal(LlmException.Kind.TIMEOUT, "no complete answer within " + human(settings.overallTimeout()) + discarded(text, events));
                    }
                    if (text.length() == 0 && now - opened > settings.firstTokenTimeout().toNanos()) {
                        throw LlmException.retryable(LlmException.Kind.TIMEOUT, "no answer began within "
                                + human(settings.firstTokenTimeout()), null);
                    }
                    if (text.length() > 0 && now - lastEvent > settings.idleTimeout().toNanos()) {
                        throw LlmException.fatal(LlmException.Kind.STREAM_BROKEN, "the stream went silent for "
                                + human(settings.idleTimeout()) + discarded(text, events));
                    }
                    continue;
                }
                lastEvent = now;
                if (item == CLOSED) {
                    if (text.length() > 0) {
                        throw LlmException.fatal(LlmException.Kind.STREAM_BROKEN, "the stream ended without its end marker" + discarded(text, events));
                    }
                    throw LlmException.retryable(LlmException.Kind.BAD_RESPONSE, "the stream ended before any answer", null);
                }
                if (item == TOO_LARGE) throw tooLarge(text, events);
                if (item instanceof Failure f) throw classify(f, text, events);
                WireEvent wire = (WireEvent) item;
                if (wire instanceof WireEvent.Token t) {
                    text.append(t.text());
                    events.onToken(t.text());
                } else if (wire instanceof WireEvent.Usage u) {
                    tokens = u.outputTokens();
                } else if (wire instanceof WireEvent.Done) {
                    return new Streamed(text.toString(), tokens);
                } else if (wire instanceof WireEvent.Error e) {
                    if (text.length() > 0) {
                        throw LlmException.fatal(LlmException.Kind.STREAM_BROKEN, "the server reported an error mid-stream (" + clip(e.message()) + ")"
                                + discarded(text, events));
                    }
                    if (e.overloaded()) throw LlmException.retryable(LlmException.Kind.HTTP, "the provider is overloaded (" + clip(e.message()) + ")", null);
                    throw LlmException.fatal(LlmException.Kind.BAD_RESPONSE, "the provider reported an error: " + clip(e.message()));
                }
            }
        } finally {
            source.cancel();
        }
    }

    private static String discarded(StringBuilder text, StreamEvents events) {
        if (text.length() == 0) return "";
        String reason = "; the partial answer (" + text.length() + " characters) was discarded";
        events.onDiscard(reason.substring(2));
        return reason;
    }

    private static LlmException tooLarge(StringBuilder text, StreamEvents events) {
        return LlmException.fatal(LlmException.Kind.BAD_RESPONSE, AnswerLimit.exceeded() + discarded(text, events));
    }

    private LlmException classify(Failure f, StringBuilder text, StreamEvents events) {
        if (f.error() instanceof AnswerLimit.Exceeded) return tooLarge(text, events);
        if (f.status() == 0 || f.error() instanceof IOException) {
            String what = f.error() == null ? "connection failed" : f.error().getClass().getSimpleName()
                    + (f.error().getMessage() == null ? "" : ": " + f.error().getMessage());
            if (text.length() > 0) {
                return LlmException.fatal(LlmException.Kind.STREAM_BROKEN, "the connection broke mid-stream (" + what + ")" + discarded(text, events));
            }
            return LlmException.retryable(LlmException.Kind.NETWORK, "could not reach " + settings.displayUrl() + " (" + what + ")", null);
        }
        int status = f.status();
        String detail = protocol.errorMessage(f.body());
        String said = detail == null ? "" : ": " + clip(detail);
        Duration retryAfter = parseRetryAfter(f.retryAfter());
        if (status == 401) return LlmException.fatal(LlmException.Kind.AUTH, "the API key was rejected (401)" + said
                + ". Check " + settings.provider().keyVariable() + " or the key in Settings.");
        if (status == 403) return LlmException.fatal(LlmException.Kind.AUTH, "access denied (403)" + said + ".");
        if (status == 404) return LlmException.fatal(LlmException.Kind.HTTP, "not found (404)" + said + ". Check the base URL and the model name.");
        if (status == 402 || (status == 429 && protocol.isQuotaError(f.body()))) {
            return LlmException.fatal(LlmException.Kind.QUOTA, "the account is out of quota or credit (" + status + ")" + said + ".");
        }
        if (status == 408 || status == 409 || status == 429 || status >= 500) {
            String reason = switch (status) {
                case 429 -> "rate limited (429)";
                case 529 -> "the provider is overloaded (529)";
                case 408 -> "request timeout (408)";
                case 409 -> "conflict (409)";
                default -> "server error (" + status + ")";
            };
            if (retryAfter != null) reason += ", Retry-After " + retryAfter.toSeconds() + " s";
            return LlmException.retryable(LlmException.Kind.HTTP, reason + said, retryAfter);
        }
        if (status >= 200 && status < 300) {
            return LlmException.fatal(LlmException.Kind.BAD_RESPONSE, "the server did not answer with an event stream"
                    + (f.error() == null ? "" : " (" + f.error().getMessage() + ")"));
        }
        return LlmException.fatal(LlmException.Kind.HTTP, "the request was rejected (" + status + ")" + said + ".");
    }

    /** "700 ms", "30 s". */
    static String human(Duration d) {
        return d.toMillis() < 1000 ? d.toMillis() + " ms" : d.toSeconds() + " s";
    }

    private static String clip(String text) {
        String one = text.replaceAll("\\s+", " ").trim();
        return one.length() <= 300 ? one : one.substring(0, 300) + "…";
    }

    /** Seconds or an HTTP date; null when absent or unreadable. */
    static Duration parseRetryAfter(String header) {
        if (header == null || header.isBlank()) return null;
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header.trim())));
        } catch (NumberFormatException e) {
            try {
                Duration until = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME));
                return until.isNegative() ? Duration.ZERO : until;
            } catch (RuntimeException unreadable) {
                return null;
            }
        }
    }

    private static LlmException cancelled() {
        return LlmException.fatal(LlmException.Kind.CANCELLED, "cancelled");
    }
}
