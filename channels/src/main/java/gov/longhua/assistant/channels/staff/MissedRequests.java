package gov.longhua.assistant.channels.staff;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.longhua.assistant.channels.console.store.OwnerOnlyFiles;
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
 * so far), appended, so that staff still see them after a restart. The file is {@code 0600}.
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
                OwnerOnlyFiles.createFolder(file.getParent());
            }
            OwnerOnlyFiles.createFile(file);
            String line = (endsCut() ? "\n" : "") + request.toString() + "\n";
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.errorf(e, "A missed request could not be written to %s; it is kept in memory only", file);
        }
    }

    /** Whether the last line was cut short (a crash mid-write): the next record must start a line of its own. */
    private boolean endsCut() throws IOException {
        if (Files.size(file) == 0) {
            return false;
        }
        try (var channel = Files.newByteChannel(file)) {
            java.nio.ByteBuffer last = java.nio.ByteBuffer.allocate(1);
            channel.position(channel.size() - 1).read(last);
            return last.get(0) != '\n';
        }
    }

    /** The newest requests, newest first; a line that is not a whole JSON object (cut short by a crash) is skipped. */
    List<ObjectNode> readLast(int count) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<ObjectNode> newestFirst = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.errorf(e, "Missed requests in %s could not be read", file);
            return newestFirst;
        }
        for (int i = lines.size() - 1; i >= 0 && newestFirst.size() < count; i--) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                if (json.readTree(lines.get(i)) instanceof ObjectNode request) {
                    newestFirst.add(request);
                    continue;
                }
            } catch (IOException e) {
                // falls through to the warning
            }
            LOG.warnf("Skipped line %d of %s: not a whole record (cut short by a crash?)", i + 1, file);
        }
        return newestFirst;
    }
}
