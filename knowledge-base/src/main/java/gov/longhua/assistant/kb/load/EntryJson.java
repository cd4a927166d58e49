package gov.longhua.assistant.kb.load;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import gov.longhua.assistant.kb.Entry;
import gov.longhua.assistant.kb.EntryKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Catalogue items and FAQ entries as JSON trees, the form staff edit and the console stores: written as the
 * knowledge-base files write them, read with the same checks as the loader, each problem naming the field.
 */
public final class EntryJson {

    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .serializationInclusion(JsonInclude.Include.NON_EMPTY)
            .build();

    public JsonNode write(Entry entry) {
        return json.valueToTree(entry);
    }

    /**
     * Reads an entry of a kind; {@code origin} names where it came from in a problem (e.g. {@code draft 12}).
     *
     * @throws KnowledgeBaseException listing what is wrong, field by field
     */
    public Entry read(EntryKind kind, JsonNode tree, String origin) {
        List<Problem> problems = new ArrayList<>();
        String id = tree != null && tree.hasNonNull("id") ? "'" + tree.get("id").asText() + "'" : null;
        Entry entry = new EntryReader(json, problems).readOne(origin, id,
                tree == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : tree, kind.type());
        if (!problems.isEmpty()) {
            throw new KnowledgeBaseException(problems);
        }
        return entry;
    }
}
