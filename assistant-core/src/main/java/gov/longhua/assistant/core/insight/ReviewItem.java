package gov.longhua.assistant.core.insight;

import gov.longhua.assistant.kb.Lang;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Near-identical questions that need a look, as one item.
 *
 * @param id stable while the item's first question stays in the records
 * @param question the first way it was asked
 * @param variants up to {@link ReviewQueue#VARIANTS} other distinct ways it was asked
 * @param count how many times it was asked
 * @param entryId the entry that answered last, if any (what a variant could be added to)
 */
public record ReviewItem(String id, String question, Lang lang, List<String> variants, int count,
        Set<ReviewReason> reasons, Set<String> channels, Instant firstAsked, Instant lastAsked, String entryId,
        ReviewStatus status, String note) {
}
