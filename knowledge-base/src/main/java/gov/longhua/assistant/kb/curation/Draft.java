package gov.longhua.assistant.kb.curation;

import com.fasterxml.jackson.databind.JsonNode;
import gov.longhua.assistant.kb.EntryKind;
import java.time.Instant;

/**
 * A proposed change to one entry, waiting until a reviewer publishes it.
 *
 * @param entry the entry as the editor wants it, or null to remove the entry
 * @param reviewItem the review-queue item the draft answers, or null
 * @param release the release that published it, or null
 */
public record Draft(String id, String entryId, EntryKind kind, JsonNode entry, String author, Instant created,
        Instant updated, String note, DraftState state, String reviewItem, Integer release) {

    /** A JSON null (as a stored draft reads back) means removal, as Java's null does. */
    public Draft {
        entry = entry == null || entry.isNull() ? null : entry;
    }

    public boolean removes() {
        return entry == null;
    }

    public Draft published(int releaseNumber, Instant at) {
        return new Draft(id, entryId, kind, entry, author, created, at, note, DraftState.PUBLISHED, reviewItem,
                releaseNumber);
    }

    public Draft discarded(Instant at) {
        return new Draft(id, entryId, kind, entry, author, created, at, note, DraftState.DISCARDED, reviewItem, null);
    }
}
