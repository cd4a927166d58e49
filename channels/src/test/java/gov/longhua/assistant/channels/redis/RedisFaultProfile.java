package gov.longhua.assistant.channels.redis;

import gov.longhua.assistant.channels.support.RedisServerResource;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** The application with conversations in a real Redis that the test stops and restarts. */
public class RedisFaultProfile implements QuarkusTestProfile {

    static final String PREFIX = "fault:conversation:";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "assistant.conversation.store", "redis",
                "assistant.conversation.redis-key-prefix", PREFIX,
                "assistant.conversation.redis-retry-interval", "PT0.5S",
                "quarkus.redis.timeout", "1s");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(RedisServerResource.class));
    }
}
