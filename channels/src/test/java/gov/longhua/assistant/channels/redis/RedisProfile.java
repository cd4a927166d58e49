package gov.longhua.assistant.channels.redis;

import gov.longhua.assistant.channels.support.RedisServerResource;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** The application with conversations in a real Redis, with a short idle timeout to watch expiry. */
public class RedisProfile implements QuarkusTestProfile {

    static final String PREFIX = "test:conversation:";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "assistant.conversation.store", "redis",
                "assistant.conversation.idle-timeout", "PT3S",
                "assistant.conversation.redis-key-prefix", PREFIX);
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(RedisServerResource.class));
    }
}
