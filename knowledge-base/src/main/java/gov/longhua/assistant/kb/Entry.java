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
}
