package gov.longhua.assistant.channels.kiosk;

import gov.longhua.assistant.channels.config.AssistantConfig;
import io.quarkus.redis.datasource.RedisDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Keeps transfer tokens where conversations are kept. */
@ApplicationScoped
class KioskProducer {

    @Produces
    @Singleton
    TransferTokens transferTokens(AssistantConfig config, Instance<RedisDataSource> redis, Clock clock) {
        AssistantConfig.KioskConfig kiosk = config.kiosk();
        return switch (config.conversation().store()) {
            case MEMORY -> new InMemoryTransferTokens(clock, kiosk.transferTtl());
            case REDIS -> new RedisTransferTokens(redis.get(), kiosk.redisKeyPrefix(), kiosk.transferTtl());
        };
    }
}
