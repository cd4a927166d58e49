package gov.longhua.assistant.channels.console.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStaffStorageTest extends StaffStorageContract {

    @TempDir
    Path dir;

    @Override
    StaffStorage storage() {
        return new FileStaffStorage(dir);
    }

    @Test
    void should_find_what_another_instance_over_the_same_folder_wrote_as_after_a_restart() {
        new FileStaffStorage(dir).write("drafts", "[1]");
        new FileStaffStorage(dir).append("releases", "{\"number\":1}");

        FileStaffStorage restarted = new FileStaffStorage(dir);

        assertThat(restarted.read("drafts")).contains("[1]");
        assertThat(restarted.log("releases", 0)).containsExactly("{\"number\":1}");
    }

    @Test
    void should_skip_a_last_record_cut_short_by_a_crash() throws IOException {
        FileStaffStorage storage = new FileStaffStorage(dir);
        storage.append("audit", "{\"n\":1}");
        Files.writeString(dir.resolve("audit.jsonl"), "{\"n\":2", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        assertThat(storage.log("audit", 0)).containsExactly("{\"n\":1}");
        assertThat(storage.size("audit")).isEqualTo(1);
        assertThat(storage.append("audit", "{\"n\":3}")).isEqualTo(2);
        assertThat(new FileStaffStorage(dir).log("audit", 0)).containsExactly("{\"n\":1}", "{\"n\":3}");
    }

    @Test
    void should_leave_no_temporary_file_behind_a_write() throws IOException {
        new FileStaffStorage(dir).write("accounts", "[]");

        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("accounts.json");
        }
    }

    @Test
    void should_refuse_a_name_that_is_not_a_plain_file_name() {
        FileStaffStorage storage = new FileStaffStorage(dir);

        assertThatThrownBy(() -> storage.write("../escape", "{}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.append("log", "{\n}")).isInstanceOf(IllegalArgumentException.class);
    }
}
