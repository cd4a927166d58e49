package gov.longhua.assistant.core.answer;

import gov.longhua.assistant.kb.Status;

/**
 * Where an answer comes from.
 *
 * @param id the entry id
 * @param title the entry's title in the asker's language
 * @param source the sources as registered, e.g. {@code S21 www…}
 * @param asOf ISO date the facts were last checked
 * @param status confirmed, or placeholder until the district supplies official data
 */
public record Citation(String id, String title, String source, String asOf, Status status) {
}
