package gov.longhua.assistant.channels.console;

import com.fasterxml.jackson.core.type.TypeReference;
import gov.longhua.assistant.channels.console.store.StaffStorage;
import gov.longhua.assistant.core.insight.ReviewItem;
import gov.longhua.assistant.core.insight.ReviewQueue;
import gov.longhua.assistant.core.insight.ReviewState;
import gov.longhua.assistant.core.insight.ReviewStatus;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The review queue with the status staff give its items (new, in progress, done, ignored). */
public final class ReviewBoard {

    private static final String DOCUMENT = "review";

    private final StaffStorage storage;
    private final Json json;
    private final Clock clock;
    private final QuestionLog questions;
    private final AuditLog audit;

    ReviewBoard(StaffStorage storage, Json json, Clock clock, QuestionLog questions, AuditLog audit) {
        this.storage = storage;
        this.json = json;
        this.clock = clock;
        this.questions = questions;
        this.audit = audit;
    }

    public List<ReviewItem> items() {
        return ReviewQueue.of(questions.asked(), questions.ratings(), states());
    }

    public ReviewItem item(String id) {
        return items().stream().filter(item -> item.id().equals(id)).findFirst()
                .orElseThrow(() -> new ConsoleException(404, List.of(new ConsoleException.Problem("item", "no review item '" + id + "'"))));
    }

    public ReviewItem mark(String id, ReviewStatus status, String note, String by) {
        ReviewItem item = item(id);
        storage.exclusively(DOCUMENT, () -> {
            Map<String, ReviewState> states = new HashMap<>(states());
            states.put(id, new ReviewState(status, note, by, clock.instant()));
            storage.write(DOCUMENT, json.write(states));
            return null;
        });
        audit.record(by, "review-" + status.code(), "review item " + id, note);
        return new ReviewItem(item.id(), item.question(), item.lang(), item.variants(), item.count(), item.reasons(),
                item.channels(), item.firstAsked(), item.lastAsked(), item.entryId(), status, note);
    }

    private Map<String, ReviewState> states() {
        return storage.read(DOCUMENT).map(text -> json.read(text, new TypeReference<Map<String, ReviewState>>() {
        })).orElse(Map.of());
    }
}
