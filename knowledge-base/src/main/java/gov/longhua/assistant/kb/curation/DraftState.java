package gov.longhua.assistant.kb.curation;

import gov.longhua.assistant.kb.Coded;

/** Where a draft is: waiting for review, published in a release, or dropped. */
public enum DraftState implements Coded {
    DRAFT,
    PUBLISHED,
    DISCARDED
}
