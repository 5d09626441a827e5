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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The window's LLM pane: what it shows never holds the key or the URL's user-info; a model refusal is a refusal. */
@Tag("adversarial")
class LlmPaneSecretsAndRefusalTest {

    private static final String SOURCE = "PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys.";
    private static final String TARGET = "Confluent Kafka with target sinks to Snowflake and Elasticsearch.";
    private static final String KEY = "sk-proj-Pane7Hq2Lw9Xz4Vb8Nm";
    private static final String PASSWORD = "pane-Pa55w0rd-9Kq";

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final List<String> shown = new ArrayList<>();

    private LlmViewModel vm(String baseUrl) {
        LlmViewModel vm = new LlmViewModel(new PromptFileLoader().loadBundled(), Runnable::run, Runnable::run);
        vm.provider.set(LlmProvider.OPENAI);
        vm.baseUrl.set(baseUrl);
        vm.apiKey.set(KEY);
        vm.status.addListener((obs, old, now) -> shown.add(now));
        return vm;
    }

    private String userInfoUrl() {
        return server.url("/v1").toString().replace("://", "://architect:" + PASSWORD + "@");
    }

    private void assertNothingSecret() {
        String all = String.join("\n", shown);
        assertFalse(all.contains(KEY.substring(0, 12)) || all.contains(PASSWORD.substring(0, 9)), all);
    }

    @Test
    void statusLinesNeverShowTheKeyOrTheUserInfo() {
        server.enqueue(new MockResponse.Builder().code(401)
                .body("{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + " (Authorization=Bearer " + KEY + ")\"}}").build());
        LlmViewModel vm = vm(userInfoUrl());
        vm.ask(SOURCE, TARGET);
        assertEquals(LlmViewModel.State.FAILED, vm.state.get());
        assertTrue(shown.stream().anyMatch(s -> s.startsWith("Asking ")), shown.toString());
        assertNothingSecret();
    }

    @Test
    void testConnectionResultsNeverShowTheKeyOrTheUserInfo() {
        server.enqueue(new MockResponse.Builder().code(403).body("{\"error\":{\"message\":\"upstream rejected header x-api-key=" + KEY + "\"}}").build());
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/event-stream")
                .body("data: {\"choices\":[{\"delta\":{\"content\":\"ok\"}}]}\n\ndata: [DONE]\n\n").build());
        LlmViewModel vm = vm(userInfoUrl());
        vm.testConnection(shown::add);
        vm.testConnection(shown::add);
        assertTrue(shown.get(0).startsWith("Not connected") && shown.get(1).startsWith("Connected"), shown.toString());
        assertNothingSecret();
    }

    @Test
    void aModelRefusalIsShownAsARefusalNotAFailure() {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/event-stream")
                .body("data: {\"choices\":[{\"delta\":{\"content\":\"{\\\"error\\\": \\\"unsafe\\\"}\"}}]}\n\ndata: [DONE]\n\n").build());
        LlmViewModel vm = vm(server.url("/v1").toString());
        vm.ask(SOURCE, TARGET);
        assertEquals(LlmViewModel.State.DONE, vm.state.get());
        assertEquals("{\"error\": \"unsafe\"}", vm.answer.get());
        assertFalse(vm.usable.get());
        assertEquals("The model refused the input as unsafe.", vm.status.get());
    }
}
