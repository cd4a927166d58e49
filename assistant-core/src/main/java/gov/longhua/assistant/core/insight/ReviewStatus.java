package gov.longhua.assistant.core.insight;

import gov.longhua.assistant.kb.Coded;

/** Where a review-queue item is. */
public enum ReviewStatus implements Coded {
    NEW,
    IN_PROGRESS,
    DONE,
    IGNORED
}
