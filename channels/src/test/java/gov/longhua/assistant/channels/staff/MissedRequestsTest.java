package gov.longhua.assistant.channels.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MissedRequestsTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void should_keep_missed_requests_across_a_restart_newest_first(@TempDir Path dir) {
        Path file = dir.resolve("inbox/missed.jsonl");
        MissedRequests before = new MissedRequests(file, json);
        for (int i = 1; i <= 3; i++) {
            before.append(json.createObjectNode().put("type", "missed").put("session", "s" + i));
        }

        MissedRequests after = new MissedRequests(file, json);

        assertThat(after.readLast(2)).extracting(node -> node.path("session").asText()).containsExactly("s3", "s2");
        assertThat(new MissedRequests(dir.resolve("none.jsonl"), json).readLast(5)).isEmpty();
    }

    @Test
    void should_skip_a_line_cut_short_by_a_crash_and_keep_every_other_request(@TempDir Path dir) throws Exception {
        // given: a crash cut the second record short, then the application went on
        Path file = dir.resolve("missed.jsonl");
        MissedRequests requests = new MissedRequests(file, json);
        requests.append(json.createObjectNode().put("session", "s1"));
        java.nio.file.Files.writeString(file, "{\"session\":\"s2\",\"turns\":[{\"te", java.nio.file.StandardOpenOption.APPEND);
        requests.append(json.createObjectNode().put("session", "s3"));

        // when
        var read = new MissedRequests(file, json).readLast(10);

        // then
        assertThat(read).extracting(node -> node.path("session").asText()).containsExactly("s3", "s1");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }
}
