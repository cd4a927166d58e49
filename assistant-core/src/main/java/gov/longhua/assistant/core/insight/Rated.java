package gov.longhua.assistant.core.insight;

import java.time.Instant;

/** A visitor's rating of one answer, found by session and the question's id. */
public record Rated(Instant at, String session, String askId, boolean helpful) {
}
