package gov.longhua.assistant.channels.abuse;

import gov.longhua.assistant.channels.support.RedisServerResource;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** The application as deployed with Redis: default limits, conversations in a Redis the suite stops and restarts. */
public class AbuseProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                // the limits as deployed (their defaults), over the test profile's generous ones
                Map.entry("assistant.ws.ask-rate.burst", "5"),
                Map.entry("assistant.ws.ask-rate.per-minute", "30"),
                Map.entry("assistant.ws.max-asks-in-flight", "2"),
                Map.entry("assistant.ws.max-connections-per-address", "50"),
                Map.entry("assistant.conversation.store", "redis"),
                Map.entry("assistant.conversation.redis-key-prefix", "abuse:conversation:"),
                Map.entry("assistant.conversation.redis-retry-interval", "PT0.5S"),
                Map.entry("quarkus.redis.timeout", "1s"));
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(RedisServerResource.class));
    }
}
