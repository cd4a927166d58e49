package gov.longhua.assistant.channels.console.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.longhua.assistant.channels.console.ConsoleException;
import gov.longhua.assistant.channels.console.Curation;
import gov.longhua.assistant.channels.console.HotTopics;
import gov.longhua.assistant.channels.console.LiveKnowledgeBase;
import gov.longhua.assistant.channels.console.QuestionLog;
import gov.longhua.assistant.channels.console.ReviewBoard;
import gov.longhua.assistant.channels.console.StaffRole;
import gov.longhua.assistant.core.dialogue.Assistant;
import gov.longhua.assistant.core.dialogue.Explanation;
import gov.longhua.assistant.core.dialogue.NotReadyException;
import gov.longhua.assistant.core.dialogue.Question;
import gov.longhua.assistant.core.insight.Dashboard;
import gov.longhua.assistant.core.insight.DashboardView;
import gov.longhua.assistant.core.insight.ReviewItem;
import gov.longhua.assistant.core.insight.ReviewStatus;
import gov.longhua.assistant.kb.EntryKind;
import gov.longhua.assistant.kb.Lang;
import gov.longhua.assistant.kb.LocalizedText;
import gov.longhua.assistant.kb.faq.FaqEntry;
import gov.longhua.assistant.kb.reference.Domain;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The review queue, the hit test, the dashboard and hot topics. */
@Path("/staff/api")
@RolesAllowed({StaffRole.EDITOR_NAME, StaffRole.REVIEWER_NAME, StaffRole.ADMIN_NAME})
public class InsightResource {

    private final ReviewBoard review;
    private final Curation curation;
    private final LiveKnowledgeBase live;
    private final QuestionLog questions;
    private final HotTopics topics;
    private final Assistant assistant;
    private final Clock clock;
    private final SecurityIdentity identity;

    InsightResource(ReviewBoard review, Curation curation, LiveKnowledgeBase live, QuestionLog questions,
            HotTopics topics, Assistant assistant, Clock clock, SecurityIdentity identity) {
        this.review = review;
        this.curation = curation;
        this.live = live;
        this.questions = questions;
        this.topics = topics;
        this.assistant = assistant;
        this.clock = clock;
        this.identity = identity;
    }

    @GET
    @Path("review")
    public List<ReviewItem> reviewItems(@QueryParam("status") String status) {
        return review.items().stream()
                .filter(item -> status == null || status.isBlank() || item.status().code().equals(status))
                .toList();
    }

    record Mark(String status, String note) {
    }

    @POST
    @Path("review/{id}")
    @RolesAllowed({StaffRole.EDITOR_NAME, StaffRole.REVIEWER_NAME})
    public ReviewItem mark(@PathParam("id") String id, Mark mark) {
        ReviewStatus status = mark == null || mark.status() == null ? null
                : java.util.Arrays.stream(ReviewStatus.values()).filter(s -> s.code().equals(mark.status())).findFirst().orElse(null);
        if (status == null) {
            throw new ConsoleException("status", "one of new, in-progress, done, ignored");
        }
        return review.mark(id, status, mark.note(), user());
    }

    record Variant(String entryId) {
    }

    /**
     * Drafts the item's question (and its other phrasings) as new phrasings of an FAQ entry, in the item's
     * language, and marks the item in progress.
     */
    @POST
    @Path("review/{id}/variant")
    @RolesAllowed({StaffRole.EDITOR_NAME, StaffRole.REVIEWER_NAME})
    public CurationResource.DraftView addAsVariant(@PathParam("id") String id, Variant request) {
        ReviewItem item = review.item(id);
        if (request == null || request.entryId() == null) {
            throw new ConsoleException("entryId", "the FAQ entry the question is another way of asking");
        }
        FaqEntry faq = live.published().entry(request.entryId()).filter(FaqEntry.class::isInstance)
                .map(FaqEntry.class::cast)
                .orElseThrow(() -> new ConsoleException("entryId", "no published FAQ entry '" + request.entryId() + "'"));
        ObjectNode entry = (ObjectNode) curation.entryJson(faq).deepCopy();
        ArrayNode phrasings = (ArrayNode) entry.with("questions").withArray(item.lang().code());
        List<String> existing = new ArrayList<>();
        phrasings.forEach(node -> existing.add(node.asText()));
        List<String> added = new ArrayList<>();
        added.add(item.question());
        added.addAll(item.variants());
        added.stream().filter(q -> !existing.contains(q)).forEach(phrasings::add);
        var draft = curation.save(null, EntryKind.FAQ, faq.id(), entry, "phrasings from the review queue", id, user());
        review.mark(id, ReviewStatus.IN_PROGRESS, "drafted as phrasing of " + faq.id(), user());
        return new CurationResource.DraftView(draft, curation.diff(draft), false);
    }

    record HitTest(String question, String lang) {
    }

    /** What the live assistant answers a question as the first of a conversation, and why. */
    @POST
    @Path("hit-test")
    public Explanation hitTest(HitTest request) {
        if (request == null || request.question() == null || request.question().isBlank()) {
            throw new ConsoleException("question", "type a question");
        }
        Lang lang;
        try {
            lang = request.lang() == null || request.lang().isBlank() ? null : Lang.fromCode(request.lang());
        } catch (IllegalArgumentException e) {
            throw new ConsoleException("lang", "zh, en, or leave it out");
        }
        try {
            return assistant.engine().orElseThrow(NotReadyException::new)
                    .explain(new Question(request.question(), lang), lang == null ? Lang.ZH : lang);
        } catch (NotReadyException e) {
            throw new ConsoleException(503, List.of(new ConsoleException.Problem("knowledge base", "still loading")));
        } catch (IllegalArgumentException e) {
            throw new ConsoleException("question", e.getMessage());
        }
    }

    /**
     * The dashboard with labels for its topics.
     *
     * @param topicLabels a catalogue domain's name per language, for topics that are domains
     */
    record DashboardResponse(DashboardView figures, Map<String, LocalizedText> topicLabels,
            List<HotTopics.Topic> pinned) {
    }

    @GET
    @Path("dashboard")
    public DashboardResponse dashboard() {
        List<HotTopics.Topic> pinned = topics.all();
        Set<String> pinnedIds = pinned.stream().map(HotTopics.Topic::id).collect(Collectors.toSet());
        DashboardView figures = Dashboard.of(questions.asked(), questions.ratings(), pinnedIds, clock.instant());
        Map<String, LocalizedText> labels = new LinkedHashMap<>();
        for (Domain domain : live.published().reference().domains()) {
            labels.put(domain.id(), domain.name());
        }
        return new DashboardResponse(figures, labels, pinned);
    }

    @GET
    @Path("hot-topics")
    public List<HotTopics.Topic> hotTopics() {
        return topics.all();
    }

    @POST
    @Path("hot-topics")
    public HotTopics.Topic pin(JsonNode body) {
        if (body == null) {
            throw new ConsoleException("body", "send id, label {zh, en} and question {zh, en}");
        }
        return topics.pin(body.path("id").asText(null), body.path("label").path("zh").asText(null),
                body.path("label").path("en").asText(null), body.path("question").path("zh").asText(null),
                body.path("question").path("en").asText(null), user());
    }

    @DELETE
    @Path("hot-topics/{id}")
    public void unpin(@PathParam("id") String id) {
        topics.unpin(id, user());
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
