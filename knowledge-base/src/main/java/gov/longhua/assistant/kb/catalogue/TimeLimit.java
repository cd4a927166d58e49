package gov.longhua.assistant.kb.catalogue;

import gov.longhua.assistant.kb.Checks;
import gov.longhua.assistant.kb.LocalizedText;

/**
 * 公开时限: as written, and in a structured form that answers can reason about.
 *
 * @param text the limit as the catalogue words it
 * @param kind how it is counted
 * @param days the number of days for day-counted kinds, else null
 * @param from the event the count starts from, or null where the catalogue does not say
 */
public record TimeLimit(LocalizedText text, TimeLimitKind kind, Integer days, TimeLimitStart from) {

    public TimeLimit {
        Checks.present("text", text);
        Checks.present("kind", kind);
        if (kind.countsDays()) {
            if (days == null || days <= 0) {
                throw new IllegalArgumentException("days: a positive number is required for " + kind.code());
            }
        } else if (days != null || from != null) {
            throw new IllegalArgumentException((days != null ? "days" : "from") + ": not allowed for " + kind.code());
        }
    }
}
