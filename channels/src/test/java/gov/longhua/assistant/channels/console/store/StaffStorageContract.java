package gov.longhua.assistant.channels.console.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every staff storage does, run against each implementation. */
abstract class StaffStorageContract {

    abstract StaffStorage storage();

    private static String name() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @Test
    void should_replace_a_document_whole_and_read_it_back() {
        StaffStorage storage = storage();
        String document = name();

        storage.write(document, "{\"v\":1}");
        storage.write(document, "{\"v\":2}");

        assertThat(storage.read(document)).contains("{\"v\":2}");
        assertThat(storage.read(name())).isEmpty();
    }

    @Test
    void should_drop_the_oldest_records_of_a_log_and_keep_the_rest_in_order() {
        StaffStorage storage = storage();
        String log = name();
        for (int i = 1; i <= 4; i++) {
            storage.append(log, "{\"n\":" + i + "}");
        }

        storage.dropFirst(log, 2);
        storage.append(log, "{\"n\":5}");

        assertThat(storage.log(log, 0)).containsExactly("{\"n\":3}", "{\"n\":4}", "{\"n\":5}");
        assertThat(storage.size(log)).isEqualTo(3);
    }

    @Test
    void should_append_records_in_order_and_read_them_from_a_position() {
        StaffStorage storage = storage();
        String log = name();

        long first = storage.append(log, "{\"n\":1}");
        long second = storage.append(log, "{\"n\":2}");
        storage.append(log, "{\"n\":3}");

        assertThat(first).isEqualTo(1);
        assertThat(second).isEqualTo(2);
        assertThat(storage.size(log)).isEqualTo(3);
        assertThat(storage.log(log, 1)).containsExactly("{\"n\":2}", "{\"n\":3}");
        assertThat(storage.log(log, 5)).isEmpty();
    }

    @Test
    void should_run_actions_under_one_name_one_at_a_time() throws Exception {
        StaffStorage storage = storage();
        String lock = name();
        List<String> trace = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> storage.exclusively(lock, () -> {
                    trace.add("in");
                    Thread.onSpinWait();
                    trace.add("out");
                    return null;
                })));
            }
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(trace).hasSize(16);
        for (int i = 0; i < trace.size(); i += 2) {
            assertThat(trace.subList(i, i + 2)).containsExactly("in", "out");
        }
    }

    @Test
    void should_release_the_name_when_the_action_fails() {
        StaffStorage storage = storage();
        String lock = name();

        assertThatThrownBy(() -> storage.exclusively(lock, () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(storage.exclusively(lock, () -> "again")).isEqualTo("again");
    }
}
