package gov.longhua.assistant.kb.curation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.longhua.assistant.kb.Lang;
import org.junit.jupiter.api.Test;

class EntryDiffTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void should_list_each_changed_field_by_its_path() throws Exception {
        JsonNode before = json("{\"id\":\"a\",\"answer\":{\"zh\":\"旧\",\"en\":\"old\"},\"questions\":{\"zh\":[\"一\",\"二\"]}}");
        JsonNode after = json("{\"id\":\"a\",\"answer\":{\"zh\":\"新\",\"en\":\"old\"},\"questions\":{\"zh\":[\"一\"]},\"expires\":\"2027-01-01\"}");

        assertThat(EntryDiff.between(before, after)).containsExactly(
                new FieldChange("answer.zh", "旧", "新"),
                new FieldChange("questions.zh[1]", "二", null),
                new FieldChange("expires", null, "2027-01-01"));
    }

    @Test
    void should_show_every_field_of_an_added_or_removed_entry() throws Exception {
        JsonNode entry = json("{\"id\":\"a\",\"title\":{\"zh\":\"题\",\"en\":\"title\"}}");

        assertThat(EntryDiff.between(null, entry)).extracting(FieldChange::path).containsExactly("id", "title.zh", "title.en");
        assertThat(EntryDiff.between(entry, null)).allMatch(change -> change.after() == null);
        assertThat(EntryDiff.between(entry, entry)).isEmpty();
    }

    @Test
    void should_read_the_texts_of_one_language_only() throws Exception {
        JsonNode entry = json("{\"id\":\"a\",\"title\":{\"zh\":\"题\",\"en\":\"title\"},\"questions\":{\"zh\":[\"问\"],\"en\":[\"ask\"]}}");

        assertThat(EntryDiff.texts(entry, Lang.ZH)).isEqualTo("题\n问\n");
        assertThat(EntryDiff.texts(entry, Lang.EN)).isEqualTo("title\nask\n");
    }
}
