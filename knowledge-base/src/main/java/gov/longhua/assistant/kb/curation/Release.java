package gov.longhua.assistant.kb.curation;

import java.time.Instant;
import java.util.List;

/**
 * A published version of the knowledge base: the changes a reviewer approved together, on top of the
 * previous release (release 0 is the knowledge base the application loaded). Releases are never changed or
 * removed; a rollback is a new release.
 *
 * @param rollbackTo the release whose state this one restores, or null
 */
public record Release(int number, Instant publishedAt, String publishedBy, String note, List<Change> changes,
        Integer rollbackTo) {

    public Release {
        changes = List.copyOf(changes);
    }
}
