package gov.longhua.assistant.channels.redis;

import gov.longhua.assistant.core.conversation.ConversationStore;

import gov.longhua.assistant.channels.config.AssistantConfig;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the Redis dependency in {@code /q/health/ready} when conversations or staff data are configured to
 * live there: UP while it answers a PING within a second, DOWN (with the reason) while it does not. Without
 * Redis configured it reports UP and says Redis is not used. Answering goes on during an outage (conversations
 * are kept in memory meanwhile); readiness tells the load balancer and operators, and when Redis answers again
 * the conversations kept in memory go back to it.
 */
@Readiness
@ApplicationScoped
class RedisReadiness implements HealthCheck {

    private static final Duration PING_TIMEOUT = Duration.ofSeconds(1);

    private final boolean used;
    private final Instance<ReactiveRedisDataSource> redis;
    private final Instance<ConversationStore> conversations;

    RedisReadiness(AssistantConfig config, Instance<ReactiveRedisDataSource> redis,
            Instance<ConversationStore> conversations) {
        this.used = config.conversation().store() == AssistantConfig.StoreKind.REDIS
                || config.staff().store() == AssistantConfig.StaffStoreKind.REDIS;
        this.redis = redis;
        this.conversations = conversations;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("redis");
        if (!used) {
            return response.up().withData("used", false).build();
        }
        try {
            redis.get().execute("PING").await().atMost(PING_TIMEOUT);
            if (conversations.get() instanceof ResilientConversationStore resilient) {
                resilient.redisAnswers();
            }
            return response.up().build();
        } catch (RuntimeException e) {
            return response.down().withData("error", e.getClass().getSimpleName() + ": " + e.getMessage()).build();
        }
    }
}
