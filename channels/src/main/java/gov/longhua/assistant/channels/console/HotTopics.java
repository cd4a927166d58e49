package gov.longhua.assistant.channels.console;

import com.fasterxml.jackson.core.type.TypeReference;
import gov.longhua.assistant.channels.console.store.StaffStorage;
import gov.longhua.assistant.kb.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The topics staff pin for the widget and the kiosk to suggest (e.g. 住房保障, 人才补贴): each a label and the
 * question a tap asks, in both languages.
 */
public final class HotTopics {

    private static final String DOCUMENT = "hot-topics";
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,40}");
    static final int MAX = 8;

    /**
     * @param id a short key; for a topic the dashboard proposed, the topic's key
     * @param label what the suggestion shows
     * @param question what tapping it asks
     */
    public record Topic(String id, LocalizedText label, LocalizedText question) {
    }

    private final StoredList<Topic> topics;
    private final AuditLog audit;

    HotTopics(StaffStorage storage, Json json, AuditLog audit) {
        this.topics = new StoredList<>(storage, json, DOCUMENT, new TypeReference<>() {
        });
        this.audit = audit;
    }

    public List<Topic> all() {
        return topics.all();
    }

    public Topic pin(String id, String labelZh, String labelEn, String questionZh, String questionEn, String by) {
        List<ConsoleException.Problem> problems = new ArrayList<>();
        if (id == null || !ID.matcher(id).matches()) {
            problems.add(new ConsoleException.Problem("id", "1–41 lower-case letters, digits, '.', '_' or '-'"));
        }
        check(problems, "label.zh", labelZh, 20);
        check(problems, "label.en", labelEn, 40);
        check(problems, "question.zh", questionZh, 100);
        check(problems, "question.en", questionEn, 200);
        if (!problems.isEmpty()) {
            throw new ConsoleException(400, problems);
        }
        Topic topic = new Topic(id, new LocalizedText(labelZh.strip(), labelEn.strip()),
                new LocalizedText(questionZh.strip(), questionEn.strip()));
        topics.update(list -> {
            list.removeIf(t -> t.id().equals(id));
            if (list.size() >= MAX) {
                throw new ConsoleException("id", "at most " + MAX + " hot topics; unpin one first");
            }
            return list.add(topic);
        });
        audit.record(by, "topic-pinned", id, labelZh);
        return topic;
    }

    public void unpin(String id, String by) {
        topics.update(list -> {
            if (!list.removeIf(t -> t.id().equals(id))) {
                throw new ConsoleException(404, List.of(new ConsoleException.Problem("id", "no hot topic '" + id + "'")));
            }
            return null;
        });
        audit.record(by, "topic-unpinned", id, null);
    }

    private static void check(List<ConsoleException.Problem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new ConsoleException.Problem(field, "must not be empty"));
        } else if (value.strip().length() > max) {
            problems.add(new ConsoleException.Problem(field, "at most " + max + " characters"));
        }
    }
}
