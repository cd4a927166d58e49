package gov.longhua.assistant.channels.staff;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The file that keeps requests for a person nobody could take: one JSON line per request (the conversation
 * so far), appended, so that staff still see them after a restart.
 */
final class MissedRequests {

    private static final Logger LOG = Logger.getLogger(MissedRequests.class);

    private final Path file;
    private final ObjectMapper json;

    MissedRequests(Path file, ObjectMapper json) {
        this.file = file;
        this.json = json;
    }

    synchronized void append(ObjectNode request) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, request.toString() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.errorf(e, "A missed request could not be written to %s; it is kept in memory only", file);
        }
    }

    /** The newest requests, newest first. */
    List<ObjectNode> readLast(int count) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<ObjectNode> newestFirst = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0 && newestFirst.size() < count; i--) {
                if (!lines.get(i).isBlank()) {
                    newestFirst.add((ObjectNode) json.readTree(lines.get(i)));
                }
            }
        } catch (IOException | ClassCastException e) {
            LOG.errorf(e, "Missed requests in %s could not be read; starting with what was read", file);
        }
        return newestFirst;
    }
}
