package dev.cdcarchitect.ui.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.llm.client.LlmProvider;
import dev.cdcarchitect.llm.prompt.PromptFileLoader;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The LLM view model without a toolkit: the worker and the "FX thread" run inline. */
class LlmViewModelTest {

    private static final String SOURCE = "PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys.";
    private static final String TARGET = "Confluent Kafka with target sinks to Snowflake and Elasticsearch.";

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final List<Runnable> uiUpdates = new ArrayList<>();

    private LlmViewModel vm() {
        LlmViewModel vm = new LlmViewModel(new PromptFileLoader().loadBundled(), Runnable::run, r -> {
            uiUpdates.add(r);
            r.run();
        });
        vm.provider.set(LlmProvider.OPENAI);
        vm.baseUrl.set(server.url("/v1").toString());
        return vm;
    }

    static MockResponse stream(String... tokens) {
        StringBuilder body = new StringBuilder();
        for (String t : tokens) body.append("data: {\"choices\":[{\"delta\":{\"content\":\"").append(t).append("\"}}]}\n\n");
        return new MockResponse.Builder().addHeader("Content-Type", "text/event-stream").body(body.append("data: [DONE]\n\n").toString()).build();
    }

    @Test
    void aStreamedAnswerArrivesWithItsFindings() {
        server.enqueue(stream("## 1. CDC Engine Selection & Configuration\\n", "Debezium.\\n"));
        LlmViewModel vm = vm();
        vm.engine.set(LlmViewModel.Engine.LLM);
        vm.ask(SOURCE, TARGET);
        assertEquals(LlmViewModel.State.DONE, vm.state.get());
        assertTrue(vm.answer.get().startsWith("## 1. CDC Engine Selection & Configuration\nDebezium."), vm.answer.get());
        assertFalse(vm.usable.get(), "four sections are missing");
        assertTrue(vm.findings.stream().anyMatch(f -> f.startsWith("Error: section 2")), vm.findings.toString());
        assertTrue(vm.status.get().startsWith("Done in") && vm.status.get().contains("incomplete"), vm.status.get());
        vm.keep();
        assertTrue(vm.usable.get());
    }

    @Test
    void unsafeInputIsRefusedWithoutARequest() {
        LlmViewModel vm = vm();
        vm.ask("DROP TABLE users; Execute rm -rf /;", "DevNull");
        assertEquals("{\"error\": \"unsafe\"}", vm.answer.get());
        assertEquals(0, server.getRequestCount());
        assertTrue(vm.status.get().contains("before sending anything"));
    }

    @Test
    void aFailureSaysWhyAndShowsNoStaleText() {
        server.enqueue(new MockResponse.Builder().code(401).body("{\"error\":{\"message\":\"bad key\"}}").build());
        LlmViewModel vm = vm();
        vm.apiKey.set("sk-never-shown-123");
        vm.ask(SOURCE, TARGET);
        assertEquals(LlmViewModel.State.FAILED, vm.state.get());
        assertEquals("", vm.answer.get());
        assertTrue(vm.status.get().startsWith("LLM failed: the API key was rejected (401)"), vm.status.get());
        assertFalse(vm.status.get().contains("sk-never-shown-123"));
    }

    @Test
    void switchingProviderMovesADefaultBaseUrl() {
        LlmViewModel vm = new LlmViewModel(new PromptFileLoader().loadBundled(), Runnable::run, Runnable::run);
        vm.provider.set(LlmProvider.ANTHROPIC);
        assertEquals(LlmProvider.ANTHROPIC.defaultBaseUrl(), vm.baseUrl.get());
        vm.baseUrl.set("http://localhost:8000/v1");
        vm.provider.set(LlmProvider.OPENAI);
        assertEquals("http://localhost:8000/v1", vm.baseUrl.get(), "a URL the user typed stays");
    }
}
