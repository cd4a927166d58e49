package gov.longhua.assistant.channels.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Starts a stand-in for an external OpenAI-compatible endpoint on a free port and points the application's
 * optional language model at it. The test that uses it sets the reply through {@link #server()}.
 */
public final class LanguageModelResource implements QuarkusTestResourceLifecycleManager {

    private static OpenAiCompatibleServer server;

    public static OpenAiCompatibleServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        try {
            server = new OpenAiCompatibleServer();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the language-model stand-in", e);
        }
        return Map.of("assistant.llm.base-url", server.baseUrl(), "assistant.llm.api-key", "test-key",
                "assistant.llm.model-name", "test-model");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
