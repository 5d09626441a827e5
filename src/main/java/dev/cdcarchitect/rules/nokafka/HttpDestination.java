package dev.cdcarchitect.rules.nokafka;

import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.NativeSink;
import dev.cdcarchitect.domain.Reference;
import dev.cdcarchitect.rules.base.NativeSinkKnowledge;
import dev.cdcarchitect.rules.base.RuleContext;
import java.util.List;

/** An HTTP endpoint: the receiving service is the only buffer and must apply events in arrival order. */
final class HttpDestination implements NativeSinkKnowledge {

    @Override public NativeSink sink() { return NativeSink.HTTP; }

    @Override public String label() { return "the HTTP endpoint"; }

    @Override public boolean buffers() { return false; }

    @Override public String destination(RuleContext ctx, String topic) { return "the HTTP endpoint"; }

    @Override
    public List<ConfigEntry> settings(RuleContext ctx) {
        return List.of(ServerSettings.of(ctx, "debezium.sink.http.url", "https://<receiving service>/cdc-events"));
    }

    @Override
    public String ordering(RuleContext ctx) {
        return "Debezium Server sends the events to the endpoint in capture order, one request per event (batch mode off, the "
                + "default); the receiving service applies an event before it answers with a 2xx status.";
    }

    @Override
    public String orderingReason() {
        return "HTTP keeps no log: the order of requests is the only order there is. Debezium Server retries a failed request "
                + "(debezium.sink.http.retries, every debezium.sink.http.retry.interval.ms) and then stops with an error, so a "
                + "receiver that applies synchronously and idempotently sees each row's changes in commit order.";
    }

    @Override
    public String setup(RuleContext ctx) {
        return "Run the receiving service highly available behind the URL: it is the only buffer, so when it slows down capture "
                + "slows down and the source keeps more log.";
    }

    @Override public String subscription() { return "the receiving service, which writes to it"; }

    @Override public List<Reference> references() { return List.of(); }
}
