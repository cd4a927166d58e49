package gov.longhua.assistant.kb.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.longhua.assistant.kb.Entry;
import gov.longhua.assistant.kb.EntryKind;
import gov.longhua.assistant.kb.KnowledgeBase;
import gov.longhua.assistant.kb.faq.FaqEntry;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KnowledgeBaseEditorTest {

    private static final KnowledgeBase KB = new KnowledgeBaseLoader().load(KbLocation.embedded());
    private final EntryJson json = new EntryJson();

    private FaqEntry changed(String id, String field, String value) {
        ObjectNode node = (ObjectNode) json.write(KB.entry(id).orElseThrow()).deepCopy();
        node.put(field, value);
        return (FaqEntry) json.read(EntryKind.FAQ, node, "test");
    }

    @Test
    void should_replace_add_and_remove_entries_keeping_the_published_order_and_leave_the_base_untouched() {
        FaqEntry first = KB.faqs().get(0);
        FaqEntry second = KB.faqs().get(1);
        ObjectNode added = (ObjectNode) json.write(second).deepCopy();
        added.put("id", "services.added");
        Map<String, Optional<Entry>> changes = new LinkedHashMap<>();
        changes.put(first.id(), Optional.of(changed(first.id(), "expires", "2027-01-31")));
        changes.put("services.added", Optional.of(json.read(EntryKind.FAQ, added, "test")));
        changes.put(second.id(), Optional.empty());

        KnowledgeBase revised = KnowledgeBaseEditor.revise(KB, changes, "the drafts");

        assertThat(revised.faqs().get(0).id()).isEqualTo(first.id());
        assertThat(revised.faqs().get(0).expires()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(revised.entry(second.id())).isEmpty();
        assertThat(revised.faqs().get(revised.faqs().size() - 1).id()).isEqualTo("services.added");
        assertThat(revised.faqs()).hasSize(KB.faqs().size());
        assertThat(KB.entry(second.id())).isPresent();
        assertThat(KB.faqs().get(0).expires()).isNull();
    }

    @Test
    void should_refuse_a_change_that_cites_an_unknown_item_naming_origin_entry_and_field() {
        ObjectNode node = (ObjectNode) json.write(KB.faqs().get(0)).deepCopy();
        node.putObject("cites").putArray("items").add("no.such-item");
        Entry broken = json.read(EntryKind.FAQ, node, "test");

        assertThatThrownBy(() -> KnowledgeBaseEditor.revise(KB, Map.of(broken.id(), Optional.of(broken)), "the drafts"))
                .isInstanceOfSatisfying(KnowledgeBaseException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.file()).isEqualTo("the drafts");
                            assertThat(p.field()).isEqualTo("cites.items");
                            assertThat(p.reason()).contains("no.such-item");
                        }));
    }

    @Test
    void should_refuse_two_entries_with_one_id() {
        ObjectNode node = (ObjectNode) json.write(KB.faqs().get(1)).deepCopy();
        node.put("id", KB.items().get(0).id());
        Entry clash = json.read(EntryKind.FAQ, node, "test");

        assertThatThrownBy(() -> KnowledgeBaseEditor.revise(KB, Map.of("new-key", Optional.of(clash)), "the drafts"))
                .isInstanceOf(KnowledgeBaseException.class);
    }
}
