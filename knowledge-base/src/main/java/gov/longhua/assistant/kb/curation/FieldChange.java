package gov.longhua.assistant.kb.curation;

/**
 * One field that differs between two versions of an entry, e.g. {@code answer.zh}.
 *
 * @param before the old value as text, or null when the field is new
 * @param after the new value as text, or null when the field is gone
 */
public record FieldChange(String path, String before, String after) {
}
