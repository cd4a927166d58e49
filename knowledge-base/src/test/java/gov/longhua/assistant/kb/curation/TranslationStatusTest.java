package gov.longhua.assistant.kb.curation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.longhua.assistant.kb.EntryKind;
import gov.longhua.assistant.kb.Lang;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranslationStatusTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<Release> releases = new ArrayList<>();

    private static JsonNode entry(String zh, String en) {
        return JSON.createObjectNode().put("id", "e").set("answer", JSON.createObjectNode().put("zh", zh).put("en", en));
    }

    private void publish(JsonNode before, JsonNode after) {
        releases.add(new Release(releases.size() + 1, Instant.EPOCH, "reviewer",  null,
                List.of(new Change("e", EntryKind.FAQ, before, after, "editor", "d")), null));
    }

    private TranslationStatus status() {
        return new TranslationStatus(releases);
    }

    @Test
    void should_flag_the_other_language_when_one_language_changes_alone() {
        publish(entry("旧", "old"), entry("新", "old"));

        assertThat(status().behind("e")).contains(Lang.EN);
    }

    @Test
    void should_clear_the_flag_once_the_other_language_is_translated() {
        publish(entry("旧", "old"), entry("新", "old"));
        publish(entry("新", "old"), entry("新", "new"));

        assertThat(status().behind("e")).isEmpty();
    }

    @Test
    void should_keep_the_flag_while_only_the_changed_language_changes_again() {
        publish(entry("旧", "old"), entry("新", "old"));
        publish(entry("新", "old"), entry("更新", "old"));

        assertThat(status().behind("e")).contains(Lang.EN);
    }

    @Test
    void should_clear_the_flag_when_a_rollback_restores_texts_that_were_in_step() {
        publish(entry("旧", "old"), entry("新", "old"));
        publish(entry("新", "old"), entry("旧", "old"));

        assertThat(status().behind("e")).isEmpty();
    }

    @Test
    void should_take_new_and_untouched_entries_as_translated() {
        publish(null, entry("新", "new"));

        assertThat(status().behind("e")).isEmpty();
        assertThat(status().behind("never-changed")).isEmpty();
    }

    @Test
    void should_forget_a_removed_entry() {
        publish(entry("旧", "old"), entry("新", "old"));
        publish(entry("新", "old"), null);

        assertThat(status().behind("e")).isEmpty();
    }
}
