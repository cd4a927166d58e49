package gov.longhua.assistant.channels.console.api;

import com.fasterxml.jackson.databind.JsonNode;
import gov.longhua.assistant.channels.console.AuditLog;
import gov.longhua.assistant.channels.console.ConsoleException;
import gov.longhua.assistant.channels.console.Curation;
import gov.longhua.assistant.channels.console.LiveKnowledgeBase;
import gov.longhua.assistant.channels.console.StaffRole;
import gov.longhua.assistant.kb.Entry;
import gov.longhua.assistant.kb.EntryKind;
import gov.longhua.assistant.kb.KnowledgeBase;
import gov.longhua.assistant.kb.Lang;
import gov.longhua.assistant.kb.LocalizedText;
import gov.longhua.assistant.kb.catalogue.CatalogueItem;
import gov.longhua.assistant.kb.curation.Draft;
import gov.longhua.assistant.kb.curation.DraftState;
import gov.longhua.assistant.kb.curation.FieldChange;
import gov.longhua.assistant.kb.curation.Release;
import gov.longhua.assistant.kb.curation.TranslationStatus;
import gov.longhua.assistant.kb.faq.FaqEntry;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Entries, drafts, publishing, releases, rollback and the audit log. */
@Path("/staff/api")
@RolesAllowed({StaffRole.EDITOR_NAME, StaffRole.REVIEWER_NAME, StaffRole.ADMIN_NAME})
public class CurationResource {

    private static final ZoneId DISTRICT_TIME = ZoneId.of("Asia/Shanghai");

    private final Curation curation;
    private final LiveKnowledgeBase live;
    private final AuditLog audit;
    private final SecurityIdentity identity;

    CurationResource(Curation curation, LiveKnowledgeBase live, AuditLog audit, SecurityIdentity identity) {
        this.curation = curation;
        this.live = live;
        this.audit = audit;
        this.identity = identity;
    }

    record Me(String name, Set<String> roles) {
    }

    @GET
    @Path("me")
    public Me me() {
        return new Me(identity.getPrincipal().getName(), identity.getRoles());
    }

    /**
     * One entry as the list shows it.
     *
     * @param group an FAQ entry's topic or a catalogue item's domain
     * @param translate the language whose text is older than the entry's latest change, or null
     * @param pendingDraft the id of a draft waiting for this entry, or null
     */
    record EntrySummary(String id, String kind, LocalizedText title, String group, String status,
            LocalDate effective, LocalDate expires, boolean inForce, String translate, String pendingDraft) {
    }

    @GET
    @Path("entries")
    public List<EntrySummary> entries(@QueryParam("q") String query, @QueryParam("kind") String kind,
            @QueryParam("translate") boolean onlyNeedingTranslation) {
        KnowledgeBase kb = live.published();
        TranslationStatus translations = new TranslationStatus(live.releases(0));
        List<Draft> pending = curation.drafts().stream().filter(d -> d.state() == DraftState.DRAFT).toList();
        LocalDate today = LocalDate.now(DISTRICT_TIME);
        String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return kb.entries().stream()
                .filter(e -> kind == null || kind.isBlank() || EntryKind.of(e).code().equals(kind))
                .filter(e -> needle.isEmpty() || e.id().toLowerCase(Locale.ROOT).contains(needle)
                        || e.title().zh().contains(needle) || e.title().en().toLowerCase(Locale.ROOT).contains(needle))
                .map(e -> new EntrySummary(e.id(), EntryKind.of(e).code(), e.title(), group(e), e.status().code(),
                        e.effective(), e.expires(), e.inForceOn(today),
                        translations.behind(e.id()).map(Lang::code).orElse(null),
                        pending.stream().filter(d -> d.entryId().equals(e.id())).map(Draft::id).findFirst().orElse(null)))
                .filter(s -> !onlyNeedingTranslation || s.translate() != null)
                .toList();
    }

    record EntryDetail(String id, String kind, JsonNode entry, String translate, List<Curation.Version> history) {
    }

    @GET
    @Path("entries/{id}")
    public EntryDetail entry(@PathParam("id") String id) {
        Entry entry = live.published().entry(id)
                .orElseThrow(() -> new ConsoleException(404, List.of(new ConsoleException.Problem("id", "no published entry '" + id + "'"))));
        return new EntryDetail(id, EntryKind.of(entry).code(), curation.entryJson(entry),
                new TranslationStatus(live.releases(0)).behind(id).map(Lang::code).orElse(null), curation.history(id));
    }

    /** A draft with what it would change in the published entry. */
    record DraftView(Draft draft, List<FieldChange> changes, boolean newEntry) {
    }

    @GET
    @Path("drafts")
    public List<DraftView> drafts(@QueryParam("state") String state) {
        return curation.drafts().stream()
                .filter(d -> state == null || state.isBlank() || d.state().code().equals(state))
                .sorted(Comparator.comparing(Draft::updated).reversed())
                .map(d -> new DraftView(d, d.state() == DraftState.DRAFT ? curation.diff(d) : List.of(),
                        live.published().entry(d.entryId()).isEmpty()))
                .toList();
    }

    /**
     * A draft to save.
     *
     * @param draftId the draft to replace, or null for a new one
     * @param entry the whole entry, or null to propose removing {@code entryId}
     * @param reviewItem the review-queue item it answers, or null
     */
    record DraftRequest(String draftId, String kind, String entryId, JsonNode entry, String note, String reviewItem) {
    }

    @POST
    @Path("drafts")
    @RolesAllowed({StaffRole.EDITOR_NAME, StaffRole.REVIEWER_NAME})
    public DraftView saveDraft(DraftRequest request) {
        if (request == null) {
            throw new ConsoleException("body", "send the draft as JSON");
        }
        Draft draft = curation.save(request.draftId(), kind(request.kind()), request.entryId(), request.entry(),
                request.note(), request.reviewItem(), user());
        return new DraftView(draft, curation.diff(draft), live.published().entry(draft.entryId()).isEmpty());
    }

    @POST
    @Path("drafts/{id}/discard")
    @RolesAllowed({StaffRole.EDITOR_NAME, StaffRole.REVIEWER_NAME})
    public Draft discard(@PathParam("id") String id) {
        return curation.discard(id, user());
    }

    record PublishRequest(List<String> drafts, String note, boolean despiteFailures) {
    }

    @POST
    @Path("publish")
    @RolesAllowed(StaffRole.REVIEWER_NAME)
    public Curation.Publication publish(PublishRequest request) {
        if (request == null) {
            throw new ConsoleException("body", "send {\"drafts\": [...], \"note\": ...}");
        }
        return curation.publish(request.drafts(), request.note(), request.despiteFailures(), user());
    }

    /** A release as the history lists it. */
    record ReleaseView(int number, java.time.Instant publishedAt, String publishedBy, String note, Integer rollbackTo,
            List<ChangeView> changes) {
    }

    record ChangeView(String entryId, String kind, String author, boolean added, boolean removed,
            List<FieldChange> changes) {
    }

    @GET
    @Path("releases")
    public List<ReleaseView> releases() {
        List<ReleaseView> views = new java.util.ArrayList<>(live.releases(0).stream().map(CurationResource::view).toList());
        java.util.Collections.reverse(views);
        return views;
    }

    record State(int published, int loadedItems, int loadedFaqs) {
    }

    @GET
    @Path("state")
    public State state() {
        KnowledgeBase kb = live.published();
        return new State(live.applied(), kb.items().size(), kb.faqs().size());
    }

    record RollbackRequest(Integer to) {
    }

    @POST
    @Path("rollback")
    @RolesAllowed(StaffRole.REVIEWER_NAME)
    public ReleaseView rollback(RollbackRequest request) {
        if (request == null || request.to() == null) {
            throw new ConsoleException("to", "the release number to go back to (0: as loaded)");
        }
        return view(curation.rollback(request.to(), user()));
    }

    @GET
    @Path("audit")
    public List<AuditLog.Event> audit(@QueryParam("limit") Integer limit) {
        return audit.latest(limit == null ? 200 : Math.max(1, Math.min(limit, 5000)));
    }

    private static ReleaseView view(Release release) {
        return new ReleaseView(release.number(), release.publishedAt(), release.publishedBy(), release.note(),
                release.rollbackTo(), release.changes().stream()
                        .map(c -> new ChangeView(c.entryId(), c.kind().code(), c.author(), c.before() == null,
                                c.after() == null, gov.longhua.assistant.kb.curation.EntryDiff.between(c.before(), c.after())))
                        .toList());
    }

    private static EntryKind kind(String code) {
        return java.util.Arrays.stream(EntryKind.values()).filter(k -> k.code().equals(code)).findFirst()
                .orElseThrow(() -> new ConsoleException("kind", "'" + code + "' is not faq or item"));
    }

    private static String group(Entry entry) {
        return entry instanceof FaqEntry faq ? faq.topic() : ((CatalogueItem) entry).domain();
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
