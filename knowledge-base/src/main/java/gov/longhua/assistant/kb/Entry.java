package gov.longhua.assistant.kb;

import java.time.LocalDate;
import java.util.List;

/** What every answerable entry has: an id, a title per language and its provenance. */
public interface Entry {

    String id();

    LocalizedText title();

    /** The day the facts were last checked against their sources. */
    LocalDate asOf();

    /** Ids of the sources in the register ({@code reference/sources.yaml}). */
    List<String> sources();

    Status status();

    /** The first day the entry may answer; null for no start. */
    LocalDate effective();

    /** The last day the entry may answer (it stops answering the day after, on its own); null for no end. */
    LocalDate expires();

    /** Whether the entry may answer on a day of Longhua's calendar. */
    default boolean inForceOn(LocalDate day) {
        return (effective() == null || !day.isBefore(effective())) && (expires() == null || !day.isAfter(expires()));
    }
}
