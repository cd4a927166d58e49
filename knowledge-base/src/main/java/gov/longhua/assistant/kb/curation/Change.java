package gov.longhua.assistant.kb.curation;

import com.fasterxml.jackson.databind.JsonNode;
import gov.longhua.assistant.kb.EntryKind;

/**
 * What one release did to one entry.
 *
 * @param before the entry as it was, or null when the release added it
 * @param after the entry as it became, or null when the release removed it
 * @param author who drafted the change
 * @param draftId the draft it came from, or null for a rollback
 */
public record Change(String entryId, EntryKind kind, JsonNode before, JsonNode after, String author, String draftId) {

    /** A JSON null (as a stored change reads back) means no entry, as Java's null does. */
    public Change {
        before = before == null || before.isNull() ? null : before;
        after = after == null || after.isNull() ? null : after;
    }

    /** The same change undone: what rolling it back writes. */
    public Change reversed(String author) {
        return new Change(entryId, kind, after, before, author, null);
    }
}
