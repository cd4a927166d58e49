package gov.longhua.assistant.channels.console.store;

import gov.longhua.assistant.channels.redis.RedisProfile;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

/** The staff storage contract against a real Redis server over a real connection. */
@QuarkusTest
@TestProfile(RedisProfile.class)
class RedisStaffStorageTest extends StaffStorageContract {

    @Inject
    RedisDataSource redis;

    @Override
    StaffStorage storage() {
        return new RedisStaffStorage(redis, "test:staff-storage:");
    }
}
