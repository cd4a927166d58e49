package gov.longhua.assistant.channels.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gov.longhua.assistant.channels.support.Readiness;
import gov.longhua.assistant.channels.support.WsClient;
import gov.longhua.assistant.core.answer.AnswerKind;
import gov.longhua.assistant.core.conversation.Conversation;
import gov.longhua.assistant.core.conversation.ConversationStore;
import gov.longhua.assistant.core.conversation.Turn;
import gov.longhua.assistant.kb.Lang;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RedisProfile.class)
class RedisConversationStoreTest {

    @Inject
    ConversationStore store;

    @Inject
    RedisDataSource redis;

    @TestHTTPResource("/")
    URL base;

    @Test
    void should_be_the_store_selected_by_configuration() {
        assertThat(store).isInstanceOf(ResilientConversationStore.class);
    }

    @Test
    void should_keep_a_conversation_in_redis_and_read_it_back_whole() {
        // given
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Conversation conversation = Conversation.start(UUID.randomUUID().toString(), now)
                .with(new Turn("低保怎么申请", Lang.ZH, AnswerKind.FAQ, "sa.dibao-application", List.of(), now));

        // when
        store.save(conversation);

        // then
        assertThat(store.find(conversation.id())).contains(conversation);
        assertThat(redis.key(String.class).exists(RedisProfile.PREFIX + conversation.id())).isTrue();
        assertThat(redis.key(String.class).pttl(RedisProfile.PREFIX + conversation.id())).isPositive();
    }

    @Test
    void should_forget_a_conversation_after_the_idle_timeout() {
        Conversation conversation = Conversation.start(UUID.randomUUID().toString(), Instant.now());
        store.save(conversation);

        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> store.find(conversation.id()).isEmpty());
        assertThat(redis.key(String.class).exists(RedisProfile.PREFIX + conversation.id())).isFalse();
    }

    @Test
    void should_keep_every_turn_when_many_updates_of_one_conversation_race() throws Exception {
        // given
        String id = UUID.randomUUID().toString();
        store.save(Conversation.start(id, Instant.now()));
        int writers = Conversation.MAX_TURNS;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();

        // when: every writer appends its own turn at once
        for (int i = 0; i < writers; i++) {
            String question = "question " + i;
            done.add(pool.submit(() -> {
                start.await();
                return store.update(id, c -> c.with(new Turn(question, Lang.EN, AnswerKind.FAQ, null, List.of(),
                        Instant.now())));
            }));
        }
        start.countDown();
        for (java.util.concurrent.Future<?> future : done) {
            future.get(60, java.util.concurrent.TimeUnit.SECONDS);
        }
        pool.shutdown();

        // then
        assertThat(store.find(id)).get().extracting(c -> c.turns().stream().map(Turn::question).sorted().toList())
                .isEqualTo(java.util.stream.IntStream.range(0, writers).mapToObj(i -> "question " + i).sorted().toList());
    }

    @Test
    void should_keep_a_staff_take_made_while_a_turn_is_added() {
        // given
        String id = UUID.randomUUID().toString();
        store.save(Conversation.start(id, Instant.now()));

        // when: a turn is added to the version read before a staff member took the conversation
        store.update(id, c -> c.handledBy(gov.longhua.assistant.core.conversation.Handling.STAFF, "wang", Instant.now()));
        store.update(id, c -> c.with(new Turn("还在吗", Lang.ZH, AnswerKind.HANDOFF, null, List.of(), Instant.now())));

        // then
        Conversation stored = store.find(id).orElseThrow();
        assertThat(stored.handling()).isEqualTo(gov.longhua.assistant.core.conversation.Handling.STAFF);
        assertThat(stored.staff()).isEqualTo("wang");
        assertThat(stored.turns()).hasSize(1);
    }

    @Test
    void should_update_nothing_for_an_unknown_id() {
        assertThat(store.update("never-stored", c -> c.touchedAt(Instant.now()))).isEmpty();
        assertThat(store.find("never-stored")).isEmpty();
    }

    @Test
    void should_find_nothing_for_an_unknown_id() {
        assertThat(store.find("never-stored")).isEmpty();
    }

    @Test
    void should_resume_a_conversation_over_websocket_from_redis() {
        Readiness.awaitReady();
        URI web = URI.create(base.toString().replaceFirst("^http", "ws") + "ws/web");
        String sessionId;
        try (WsClient first = WsClient.connect(web)) {
            sessionId = first.next().path("sessionId").asText();
            first.ask("1", "How soon must a newborn be registered?");
        }

        try (WsClient again = WsClient.connect(URI.create(web + "?session=" + sessionId))) {
            JsonNode session = again.next();

            assertThat(session.path("resumed").asBoolean()).isTrue();
            assertThat(session.path("turns").asInt()).isEqualTo(1);
            assertThat(store.find(sessionId)).get().extracting(c -> c.turns().get(0).lang()).isEqualTo(Lang.EN);
        }
    }
}
