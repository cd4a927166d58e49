package gov.longhua.assistant.channels.console;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import gov.longhua.assistant.channels.console.store.StaffStorage;
import gov.longhua.assistant.core.dialogue.AnswerEngine;
import gov.longhua.assistant.kb.Entry;
import gov.longhua.assistant.kb.EntryKind;
import gov.longhua.assistant.kb.KnowledgeBase;
import gov.longhua.assistant.kb.curation.Change;
import gov.longhua.assistant.kb.curation.Draft;
import gov.longhua.assistant.kb.curation.DraftState;
import gov.longhua.assistant.kb.curation.EntryDiff;
import gov.longhua.assistant.kb.curation.FieldChange;
import gov.longhua.assistant.kb.curation.Release;
import gov.longhua.assistant.kb.load.KnowledgeBaseException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The editorial workflow: an editor's change is a draft (checked as the loader checks files, field by field)
 * until a reviewer publishes drafts together as a release; the stored regression suites run against the
 * knowledge base about to be published first. Every release is kept; rolling back publishes a release that
 * restores an earlier one's entries. Every step goes to the audit log.
 */
public final class Curation {

    static final String DRAFTS = "drafts";
    private static final String LOCK = "curation";

    /** What publishing did, or would have done when suites failed. */
    public record Publication(Release release, List<RegressionSuites.Report> suites) {
    }

    private final StaffStorage storage;
    private final Json json;
    private final StoredList<Draft> drafts;
    private final Clock clock;
    private final AuditLog audit;
    private final LiveKnowledgeBase live;
    private final RegressionSuites suites;
    private final ReviewBoard review;

    Curation(StaffStorage storage, Json json, Clock clock, AuditLog audit, LiveKnowledgeBase live,
            RegressionSuites suites, ReviewBoard review) {
        this.review = review;
        this.storage = storage;
        this.json = json;
        this.drafts = new StoredList<>(storage, json, DRAFTS, new TypeReference<>() {
        });
        this.clock = clock;
        this.audit = audit;
        this.live = live;
        this.suites = suites;
    }

    public List<Draft> drafts() {
        return drafts.all();
    }

    public Draft draft(String id) {
        return drafts().stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new ConsoleException(404, List.of(new ConsoleException.Problem("draft", "no draft '" + id + "'"))));
    }

    /**
     * Saves a draft of an entry (new, or replacing the editor's earlier draft {@code draftId}): the entry is read
     * with every check the loader makes and checked against the published knowledge base, so a draft that
     * could not be published is refused here, naming the field.
     *
     * @param entry the entry as JSON, or null to propose removing {@code entryId}
     */
    public Draft save(String draftId, EntryKind kind, String entryId, JsonNode entry, String note, String reviewItem,
            String by) {
        if (kind == null) {
            throw new ConsoleException("kind", "faq or item");
        }
        String id = entry != null && entry.hasNonNull("id") ? entry.get("id").asText() : entryId;
        if (id == null || id.isBlank()) {
            throw new ConsoleException("entry.id", "must not be empty");
        }
        KnowledgeBase published = live.published();
        JsonNode stored = null;
        if (entry != null && !entry.isNull()) {
            Entry read = read(kind, entry, "the draft");
            stored = live.entryJson(read);
            check(published, new Change(id, kind, null, stored, by, null));
        } else if (published.entry(id).isEmpty()) {
            throw new ConsoleException("entryId", "no published entry '" + id + "' to remove");
        }
        JsonNode after = stored;
        return storage.exclusively(LOCK, () -> {
            List<Draft> drafts = new ArrayList<>(drafts());
            Instant now = clock.instant();
            Draft draft;
            if (draftId != null && !draftId.isBlank()) {
                Draft old = drafts.stream().filter(d -> d.id().equals(draftId)).findFirst()
                        .orElseThrow(() -> new ConsoleException(404, List.of(new ConsoleException.Problem("draft", "no draft '" + draftId + "'"))));
                if (old.state() != DraftState.DRAFT) {
                    throw new ConsoleException(409, List.of(new ConsoleException.Problem("draft", "already " + old.state().code())));
                }
                drafts.remove(old);
                draft = new Draft(old.id(), id, kind, after, by, old.created(), now, note, DraftState.DRAFT,
                        reviewItem != null ? reviewItem : old.reviewItem(), null);
            } else {
                draft = new Draft(UUID.randomUUID().toString().substring(0, 8), id, kind, after, by, now, now, note,
                        DraftState.DRAFT, reviewItem, null);
            }
            drafts.add(draft);
            this.drafts.replace(drafts);
            audit.record(by, draft.removes() ? "removal-drafted" : "draft-saved", id, "draft " + draft.id());
            return draft;
        });
    }

    /** A change an import proposes: the entry, or null to remove {@code entryId}. */
    public record Proposed(EntryKind kind, String entryId, JsonNode entry) {
    }

    /**
     * Saves many drafts at once, all or none (an import, already checked together against the published
     * knowledge base).
     */
    List<Draft> saveAll(List<Proposed> proposed, String note, String by) {
        return storage.exclusively(LOCK, () -> {
            List<Draft> drafts = new ArrayList<>(drafts());
            Instant now = clock.instant();
            List<Draft> created = new ArrayList<>();
            for (Proposed change : proposed) {
                created.add(new Draft(UUID.randomUUID().toString().substring(0, 8), change.entryId(), change.kind(),
                        change.entry(), by, now, now, note, DraftState.DRAFT, null, null));
            }
            drafts.addAll(created);
            this.drafts.replace(drafts);
            audit.record(by, "import-drafted", note, created.size() + " draft(s)");
            return created;
        });
    }

    /** Drops a draft; it stays listed as discarded. */
    public Draft discard(String draftId, String by) {
        return storage.exclusively(LOCK, () -> {
            List<Draft> drafts = new ArrayList<>(drafts());
            Draft old = pending(drafts, draftId);
            Draft discarded = old.discarded(clock.instant());
            drafts.set(drafts.indexOf(old), discarded);
            this.drafts.replace(drafts);
            audit.record(by, "draft-discarded", old.entryId(), "draft " + old.id());
            return discarded;
        });
    }

    /** An entry as JSON, the form drafts hold. */
    public JsonNode entryJson(Entry entry) {
        return live.entryJson(entry);
    }

    /** What a draft would change in the published entry, field by field. */
    public List<FieldChange> diff(Draft draft) {
        JsonNode before = live.published().entry(draft.entryId()).map(live::entryJson).orElse(null);
        return EntryDiff.between(before, draft.entry());
    }

    /**
     * Publishes drafts as one release: checks them together against the published knowledge base, builds the
     * engine for the result, runs every stored suite against it and, unless a suite fails (and the reviewer did
     * not publish anyway), appends the release and puts the engine in service.
     *
     * @throws ConsoleException 409 with the failing suites' reports when a suite fails
     */
    public Publication publish(List<String> draftIds, String note, boolean despiteFailures, String by) {
        if (draftIds == null || draftIds.isEmpty()) {
            throw new ConsoleException("drafts", "choose at least one draft to publish");
        }
        return storage.exclusively(LOCK, () -> {
            live.sync();
            List<Draft> drafts = new ArrayList<>(drafts());
            KnowledgeBase published = live.published();
            Map<String, Change> changes = new LinkedHashMap<>();
            for (String id : draftIds) {
                Draft draft = pending(drafts, id);
                if (changes.containsKey(draft.entryId())) {
                    throw new ConsoleException("drafts", "two drafts change '" + draft.entryId() + "'; publish one");
                }
                JsonNode before = published.entry(draft.entryId()).map(live::entryJson).orElse(null);
                changes.put(draft.entryId(), new Change(draft.entryId(), draft.kind(), before,
                        draft.removes() ? null : draft.entry(), draft.author(), draft.id()));
            }
            List<Change> list = List.copyOf(changes.values());
            KnowledgeBase next = revised(published, list);
            AnswerEngine engine = live.quick(next);
            List<RegressionSuites.Report> reports = suites.all().stream().map(s -> RegressionSuites.run(s, engine)).toList();
            if (!despiteFailures && reports.stream().anyMatch(r -> r.failed() > 0)) {
                throw new SuitesFailed(reports);
            }
            Release release = append(list, note, by, null);
            Instant now = clock.instant();
            List<String> answeredItems = new ArrayList<>();
            for (String id : draftIds) {
                Draft draft = pending(drafts, id);
                drafts.set(drafts.indexOf(draft), draft.published(release.number(), now));
                if (draft.reviewItem() != null) {
                    answeredItems.add(draft.reviewItem());
                }
            }
            this.drafts.replace(drafts);
            live.install(next, engine, release.number());
            audit.record(by, "published", "release " + release.number(), list.size() + " change(s)"
                    + (despiteFailures && reports.stream().anyMatch(r -> r.failed() > 0) ? ", despite failing suites" : ""));
            answeredItems.forEach(item -> markDone(item, release.number(), by));
            return new Publication(release, reports);
        });
    }

    /**
     * Restores the entries as they were after release {@code to} (0: as loaded), as a new release: every entry a
     * later release changed gets back its state at {@code to}.
     */
    public Release rollback(int to, String by) {
        return storage.exclusively(LOCK, () -> {
            live.sync();
            List<Release> releases = live.releases(0);
            if (to < 0 || to >= live.applied()) {
                throw new ConsoleException("to", "release " + to + " is not before the published release " + live.applied());
            }
            Map<String, Change> restore = new LinkedHashMap<>();
            for (Release release : releases) {
                if (release.number() <= to) {
                    continue;
                }
                for (Change change : release.changes()) {
                    restore.putIfAbsent(change.entryId(), change);
                }
            }
            KnowledgeBase published = live.published();
            List<Change> changes = new ArrayList<>();
            restore.forEach((id, first) -> {
                JsonNode now = published.entry(id).map(live::entryJson).orElse(null);
                changes.add(new Change(id, first.kind(), now, first.before(), by, null));
            });
            KnowledgeBase next = revised(published, changes);
            AnswerEngine engine = live.quick(next);
            Release release = append(changes, "rollback to release " + to, by, to);
            live.install(next, engine, release.number());
            audit.record(by, "rolled-back", "release " + release.number(), "restores release " + to);
            return release;
        });
    }

    /** Every published version of one entry, newest first, with what each changed. */
    public List<Version> history(String entryId) {
        List<Version> versions = new ArrayList<>();
        for (Release release : live.releases(0)) {
            for (Change change : release.changes()) {
                if (change.entryId().equals(entryId)) {
                    versions.add(new Version(release.number(), release.publishedAt(), release.publishedBy(),
                            change.author(), release.rollbackTo(), change.after() == null,
                            EntryDiff.between(change.before(), change.after())));
                }
            }
        }
        java.util.Collections.reverse(versions);
        return versions;
    }

    /** One version of an entry: which release, who drafted and who approved it, what changed. */
    public record Version(int release, Instant publishedAt, String publishedBy, String author, Integer rollbackTo,
            boolean removed, List<FieldChange> changes) {
    }

    private Release append(List<Change> changes, String note, String by, Integer rollbackTo) {
        int number = live.applied() + 1;
        Release release = new Release(number, clock.instant(), by, note, changes, rollbackTo);
        long size = storage.append(LiveKnowledgeBase.RELEASES, json.write(release));
        if (size != number) {
            throw new IllegalStateException("release log holds " + size + " releases, expected " + number);
        }
        return release;
    }

    private KnowledgeBase revised(KnowledgeBase published, List<Change> changes) {
        try {
            return live.revise(published, changes, "the drafts");
        } catch (KnowledgeBaseException e) {
            throw problems(e);
        }
    }

    private void check(KnowledgeBase published, Change change) {
        revised(published, List.of(change));
    }

    private Entry read(EntryKind kind, JsonNode entry, String origin) {
        try {
            return live.entries().read(kind, entry, origin);
        } catch (KnowledgeBaseException e) {
            throw problems(e);
        }
    }

    private static ConsoleException problems(KnowledgeBaseException e) {
        return new ConsoleException(400, e.problems().stream()
                .map(p -> new ConsoleException.Problem(
                        (p.entry() == null ? "" : p.entry() + " ") + (p.field() == null ? "" : p.field()).strip(),
                        p.reason()))
                .toList());
    }

    /** A review item a published draft answers is done; one that is gone from the records is left alone. */
    private void markDone(String item, int release, String by) {
        try {
            review.mark(item, gov.longhua.assistant.core.insight.ReviewStatus.DONE, "answered by release " + release, by);
        } catch (ConsoleException e) {
            // the item's questions are no longer recorded: nothing to mark
        }
    }

    private static Draft pending(List<Draft> drafts, String id) {
        Draft draft = drafts.stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new ConsoleException(404, List.of(new ConsoleException.Problem("draft", "no draft '" + id + "'"))));
        if (draft.state() != DraftState.DRAFT) {
            throw new ConsoleException(409, List.of(new ConsoleException.Problem("draft " + id, "already " + draft.state().code())));
        }
        return draft;
    }

    /** A publish stopped because stored suites fail on the knowledge base it would publish. */
    public static final class SuitesFailed extends RuntimeException {
        private final List<RegressionSuites.Report> reports;

        SuitesFailed(List<RegressionSuites.Report> reports) {
            super("regression suites fail");
            this.reports = reports;
        }

        public List<RegressionSuites.Report> reports() {
            return reports;
        }
    }

}
