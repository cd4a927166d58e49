package gov.longhua.assistant.kb.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.longhua.assistant.kb.Coded;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Turns YAML nodes into records one entry at a time, translating mapping failures into {@link Problem}s. */
final class EntryReader {

    private final ObjectMapper mapper;
    private final List<Problem> problems;

    EntryReader(ObjectMapper mapper, List<Problem> problems) {
        this.mapper = mapper;
        this.problems = problems;
    }

    <T> List<T> readList(String file, JsonNode list, ObjectNode defaults, Class<T> type) {
        List<T> values = new ArrayList<>();
        if (list.isMissingNode()) {
            return values;
        }
        if (!list.isArray()) {
            problems.add(new Problem(file, null, null, "expected a list of " + type.getSimpleName() + " entries"));
            return values;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode node = list.get(i);
            String entry = node.hasNonNull("id") ? "'" + node.get("id").asText() + "'" : "#" + (i + 1);
            JsonNode merged = node;
            if (defaults != null && node instanceof ObjectNode object) {
                ObjectNode copy = defaults.deepCopy();
                copy.setAll(object);
                merged = copy;
            }
            T value = convert(file, entry, merged, type);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    <T> T readOne(String file, String entry, JsonNode node, Class<T> type) {
        if (node.isMissingNode() || node.isNull()) {
            problems.add(new Problem(file, entry, null, "is required"));
            return null;
        }
        return convert(file, entry, node, type);
    }

    private <T> T convert(String file, String entry, JsonNode node, Class<T> type) {
        try {
            return mapper.treeToValue(node, type);
        } catch (JsonMappingException e) {
            problems.add(describe(file, entry, e));
        } catch (IllegalArgumentException | JsonProcessingException e) {
            problems.add(new Problem(file, entry, null, e.getMessage()));
        }
        return null;
    }

    private static Problem describe(String file, String entry, JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        if (e instanceof ValueInstantiationException && e.getCause() instanceof IllegalArgumentException cause) {
            String message = cause.getMessage();
            int colon = message.indexOf(": ");
            if (colon > 0) {
                String field = message.substring(0, colon);
                return new Problem(file, entry, path.isEmpty() ? field : path + "." + field,
                        message.substring(colon + 2));
            }
            return new Problem(file, entry, path, message);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new Problem(file, entry, path, "unknown field; known fields are " + unknown.getKnownPropertyIds());
        }
        if (e instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            if (target != null && target.isEnum()) {
                String allowed = Arrays.stream(target.getEnumConstants())
                        .map(constant -> constant instanceof Coded coded ? coded.code() : constant.toString())
                        .collect(Collectors.joining(", "));
                return new Problem(file, entry, path, "'" + invalid.getValue() + "' is not one of: " + allowed);
            }
            return new Problem(file, entry, path, "'" + invalid.getValue() + "' is not a valid "
                    + (target == null ? "value" : target.getSimpleName()));
        }
        return new Problem(file, entry, path, e.getOriginalMessage().lines().findFirst().orElse("invalid"));
    }
}
