package gov.longhua.assistant.core.insight;

import java.time.Instant;

/** What staff set on a review-queue item. */
public record ReviewState(ReviewStatus status, String note, String by, Instant at) {
}
