package gov.longhua.assistant.kb.reference;

import gov.longhua.assistant.kb.Checks;
import gov.longhua.assistant.kb.LocalizedText;
import gov.longhua.assistant.kb.Status;
import java.time.LocalDate;
import java.util.List;

/**
 * The district tier: its name and facts, and the community tier below the six streets (its count is
 * confirmed; the list of communities is not).
 *
 * @param communityCount how many communities have catalogues
 * @param communities the communities' names, empty until the district supplies them
 * @param communityListStatus placeholder while the list is missing
 */
public record District(
        LocalizedText name,
        LocalizedText facts,
        int communityCount,
        List<LocalizedText> communities,
        Status communityListStatus,
        LocalDate asOf,
        List<String> sources,
        Status status) {

    public District {
        Checks.present("name", name);
        Checks.present("facts", facts);
        if (communityCount <= 0) {
            throw new IllegalArgumentException("communityCount: must be positive");
        }
        communities = Checks.orEmpty(communities);
        Checks.present("communityListStatus", communityListStatus);
        Checks.present("asOf", asOf);
        sources = Checks.nonEmpty("sources", sources);
        Checks.present("status", status);
    }
}
