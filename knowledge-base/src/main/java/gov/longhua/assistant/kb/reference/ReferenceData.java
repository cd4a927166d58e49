package gov.longhua.assistant.kb.reference;

import gov.longhua.assistant.kb.Checks;
import java.util.List;

/** The registers that entries refer to by id. */
public record ReferenceData(
        District district,
        List<Domain> domains,
        List<Street> streets,
        List<Channel> channels,
        List<Stage> stages,
        List<Source> sources,
        OfficialChannel officialChannel) {

    public ReferenceData {
        domains = Checks.orEmpty(domains);
        streets = Checks.orEmpty(streets);
        channels = Checks.orEmpty(channels);
        stages = Checks.orEmpty(stages);
        sources = Checks.orEmpty(sources);
    }
}
