package gov.longhua.assistant.channels.kiosk;

import gov.longhua.assistant.channels.support.RedisServerResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;

/** The same hand-over and ending with conversations and transfer tokens in a real Redis (several instances). */
@QuarkusTest
@TestProfile(KioskSessionsRedisTest.InRedis.class)
class KioskSessionsRedisTest extends KioskSessionsTest {

    public static class InRedis implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("assistant.conversation.store", "redis");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(RedisServerResource.class));
        }
    }
}
