package dev.cdcarchitect.llm.client;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.ForwardingSource;
import okio.Okio;
import okio.Source;

/**
 * How much of an answer we accept. A full specification is about 50 KB (the rule engine's, measured on the bundled
 * examples) and a model stops at 8192 tokens (about 32 KB), so 1 MiB of text is twenty times anything sane; past
 * it a misbehaving server would only fill the heap. The text is counted as it arrives; on the wire, one event line
 * may not exceed 4 MiB (a single huge event is read whole before it can be counted) and a whole response 64 MiB
 * (the JSON around each token is several times the token).
 */
public final class AnswerLimit {

    /** Characters of answer text. */
    public static final int MAX_CHARACTERS = 1 << 20;
    static final long MAX_LINE_BYTES = 4L * MAX_CHARACTERS;
    static final long MAX_RESPONSE_BYTES = 64L * MAX_CHARACTERS;

    private AnswerLimit() {}

    /** What the user reads when an answer is cut off. */
    static String exceeded() {
        return "the answer exceeded " + MAX_CHARACTERS + " characters (1 MiB); the rest was not read. "
                + "The server or model is misbehaving: check the model name and the base URL";
    }

    /** Thrown while reading, so the stream stops where the limit was passed. */
    static final class Exceeded extends IOException {
        Exceeded() {
            super("answer too large");
        }
    }

    /** Wraps every response body so reading past the wire limits fails at once. */
    static Interceptor interceptor() {
        return chain -> {
            Response response = chain.proceed(chain.request());
            ResponseBody body = response.body();
            Source bounded = new BoundedSource(body.source());
            return response.newBuilder().body(ResponseBody.create(Okio.buffer(bounded), body.contentType(), body.contentLength())).build();
        };
    }

    /** Counts bytes in total and since the last line break. */
    private static final class BoundedSource extends ForwardingSource {
        private long total;
        private long line;

        BoundedSource(Source delegate) {
            super(delegate);
        }

        @Override
        public long read(Buffer sink, long byteCount) throws IOException {
            Buffer chunk = new Buffer();
            long read = super.read(chunk, byteCount);
            if (read <= 0) return read;
            long lastBreak = -1;
            for (long at = chunk.indexOf((byte) '\n'); at >= 0; at = chunk.indexOf((byte) '\n', at + 1)) lastBreak = at;
            line = lastBreak < 0 ? line + read : read - lastBreak - 1;
            total += read;
            if (line > MAX_LINE_BYTES || total > MAX_RESPONSE_BYTES) throw new Exceeded();
            sink.write(chunk, read);
            return read;
        }
    }
}
