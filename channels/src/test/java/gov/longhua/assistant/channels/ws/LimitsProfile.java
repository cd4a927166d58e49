package gov.longhua.assistant.channels.ws;

import gov.longhua.assistant.channels.support.LanguageModelResource;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * The application with small limits on public connections, so that tests reach them with a few clients; the
 * language model stand-in lets a test hold composed answers in flight.
 */
public class LimitsProfile implements QuarkusTestProfile {

    static final String KIOSK_KEY = "kiosk-hall-1-test-key";
    static final String ROBOT_KEY = "robot-hall-1-test-key";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("assistant.ws.max-asks-in-flight", "2"),
                Map.entry("assistant.ws.ask-rate.burst", "3"),
                Map.entry("assistant.ws.ask-rate.per-minute", "1"),
                Map.entry("assistant.ws.answering-pool.threads", "1"),
                Map.entry("assistant.ws.answering-pool.queue", "1"),
                Map.entry("assistant.ws.max-connections", "8"),
                Map.entry("assistant.ws.max-connections-per-address", "4"),
                Map.entry("assistant.ws.max-connections-per-device", "2"),
                Map.entry("assistant.ws.device-keys", KIOSK_KEY + "," + ROBOT_KEY),
                Map.entry("assistant.ws.idle-timeout", "PT6S"),
                Map.entry("assistant.llm.timeout", "PT60S"));
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(LanguageModelResource.class));
    }
}
