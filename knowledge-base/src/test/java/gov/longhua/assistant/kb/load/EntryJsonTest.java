package gov.longhua.assistant.kb.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.longhua.assistant.kb.Entry;
import gov.longhua.assistant.kb.EntryKind;
import gov.longhua.assistant.kb.KnowledgeBase;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EntryJsonTest {

    private static final KnowledgeBase KB = new KnowledgeBaseLoader().load(KbLocation.embedded());
    private final EntryJson json = new EntryJson();

    @Test
    void should_read_back_every_entry_it_writes() {
        for (Entry entry : KB.entries()) {
            JsonNode written = json.write(entry);

            assertThat(json.read(EntryKind.of(entry), written, "test")).isEqualTo(entry);
        }
    }

    @Test
    void should_name_the_field_of_each_problem() {
        ObjectNode node = (ObjectNode) json.write(KB.faqs().get(0)).deepCopy();
        node.put("status", "maybe");

        assertThatThrownBy(() -> json.read(EntryKind.FAQ, node, "draft 7"))
                .isInstanceOfSatisfying(KnowledgeBaseException.class, e -> {
                    assertThat(e.problems().get(0).file()).isEqualTo("draft 7");
                    assertThat(e.problems().get(0).field()).isEqualTo("status");
                    assertThat(e.problems().get(0).reason()).contains("confirmed, placeholder");
                });
    }

    @Test
    void should_refuse_an_entry_that_expires_before_it_takes_effect() {
        ObjectNode node = (ObjectNode) json.write(KB.faqs().get(0)).deepCopy();
        node.put("effective", "2027-02-01");
        node.put("expires", "2027-01-01");

        assertThatThrownBy(() -> json.read(EntryKind.FAQ, node, "draft 8"))
                .isInstanceOfSatisfying(KnowledgeBaseException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("expires"));
    }

    @Test
    void should_say_on_which_days_an_entry_is_in_force() {
        ObjectNode node = (ObjectNode) json.write(KB.items().get(0)).deepCopy();
        node.put("effective", "2027-01-01");
        node.put("expires", "2027-06-30");
        Entry entry = json.read(EntryKind.ITEM, node, "test");

        assertThat(entry.inForceOn(LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(entry.inForceOn(LocalDate.of(2027, 1, 1))).isTrue();
        assertThat(entry.inForceOn(LocalDate.of(2027, 6, 30))).isTrue();
        assertThat(entry.inForceOn(LocalDate.of(2027, 7, 1))).isFalse();
        assertThat(KB.items().get(0).inForceOn(LocalDate.of(1999, 1, 1))).isTrue();
    }
}
