package gov.longhua.assistant.kb.curation;

import com.fasterxml.jackson.databind.JsonNode;
import gov.longhua.assistant.kb.Lang;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares two versions of an entry field by field (paths like {@code questions.zh[2]}), and reads the texts of
 * one language out of an entry: every value under a {@code zh} or {@code en} key.
 */
public final class EntryDiff {

    private EntryDiff() {
    }

    /** The fields that differ; either version may be null (an entry added or removed). */
    public static List<FieldChange> between(JsonNode before, JsonNode after) {
        Map<String, String> old = leaves(before);
        Map<String, String> now = leaves(after);
        Set<String> paths = new LinkedHashSet<>(old.keySet());
        paths.addAll(now.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String path : paths) {
            String a = old.get(path);
            String b = now.get(path);
            if (a == null ? b != null : !a.equals(b)) {
                changes.add(new FieldChange(path, a, b));
            }
        }
        return changes;
    }

    /** Every text of one language in an entry, in field order, one per line. */
    public static String texts(JsonNode entry, Lang lang) {
        StringBuilder text = new StringBuilder();
        leaves(entry).forEach((path, value) -> {
            if (path.endsWith("." + lang.code()) || path.contains("." + lang.code() + "[")
                    || path.equals(lang.code())) {
                text.append(value).append('\n');
            }
        });
        return text.toString();
    }

    private static Map<String, String> leaves(JsonNode node) {
        Map<String, String> leaves = new LinkedHashMap<>();
        if (node != null && !node.isNull()) {
            collect("", node, leaves);
        }
        return leaves;
    }

    private static void collect(String path, JsonNode node, Map<String, String> leaves) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> collect(path.isEmpty() ? field.getKey() : path + "." + field.getKey(),
                    field.getValue(), leaves));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(path + "[" + i + "]", node.get(i), leaves);
            }
        } else if (!node.isNull()) {
            leaves.put(path, node.asText());
        }
    }
}
