package gov.longhua.assistant.channels.console;

import com.fasterxml.jackson.databind.JsonNode;
import gov.longhua.assistant.channels.console.store.StaffStorage;
import gov.longhua.assistant.core.dialogue.AnswerEngine;
import gov.longhua.assistant.core.dialogue.AnsweringPolicy;
import gov.longhua.assistant.core.dialogue.Assistant;
import gov.longhua.assistant.core.language.LanguageIdentifier;
import gov.longhua.assistant.core.retrieval.Embedders;
import gov.longhua.assistant.kb.Entry;
import gov.longhua.assistant.kb.KnowledgeBase;
import gov.longhua.assistant.kb.curation.Change;
import gov.longhua.assistant.kb.curation.Release;
import gov.longhua.assistant.kb.load.EntryJson;
import gov.longhua.assistant.kb.load.KnowledgeBaseEditor;
import gov.longhua.assistant.kb.load.KnowledgeBaseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The published knowledge base of this instance: the one the application loaded (release 0) with every
 * release in the staff storage applied in order. An instance checks the storage for releases another instance
 * published and installs them; a new engine is built beside the one in service and swapped in whole, so no
 * question ever sees a half-updated index. To be in service quickly a release's engine keeps the domain router
 * trained for the previous one (training it takes seconds over a large catalogue); a fully trained engine for
 * the same release replaces it in the background moments later.
 */
public final class LiveKnowledgeBase {

    private static final Logger LOG = Logger.getLogger(LiveKnowledgeBase.class);
    static final String RELEASES = "releases";

    private final StaffStorage storage;
    private final Json json;
    private final EntryJson entries = new EntryJson();
    private final Assistant assistant;
    private final LanguageIdentifier languages;
    private volatile AnsweringPolicy policy;
    private Embedders embedders;
    private KnowledgeBase published;
    private int applied;
    private final java.util.concurrent.ExecutorService trainer = java.util.concurrent.Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "router-trainer");
        thread.setDaemon(true);
        return thread;
    });

    LiveKnowledgeBase(StaffStorage storage, Json json, Assistant assistant, LanguageIdentifier languages,
            AnsweringPolicy policy) {
        this.storage = storage;
        this.json = json;
        this.assistant = assistant;
        this.languages = languages;
        this.policy = policy;
    }

    /** Installs the loaded knowledge base with the stored releases applied; called once the models are loaded. */
    public synchronized void start(KnowledgeBase loaded, Embedders models) {
        this.embedders = models;
        this.applied = 0;
        KnowledgeBase current = loaded;
        for (Release release : releases(0)) {
            current = applyOrSkip(current, release);
            applied = release.number();
        }
        assistant.install(build(current));
        published = current;
    }

    /** Answers by other thresholds from now on (an admin's setting): the engine in service is kept, re-thresholded. */
    public synchronized void answerBy(AnsweringPolicy changed) {
        if (changed.equals(policy)) {
            return;
        }
        policy = changed;
        assistant.engine().ifPresent(engine -> assistant.install(engine.withPolicy(changed)));
    }

    /** Lets a background build in progress finish (its native code must not be cut off) and starts no other. */
    public void stop(long waitMillis) throws InterruptedException {
        trainer.shutdown();
        trainer.awaitTermination(waitMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** Whether {@link #start} has run. */
    public synchronized boolean started() {
        return published != null && embedders != null;
    }

    /** Installs releases another instance published since the last look; cheap when there are none. */
    public void sync() {
        if (!started() || storage.size(RELEASES) <= applied()) {
            return;
        }
        synchronized (this) {
            List<Release> newer = releases(applied);
            if (newer.isEmpty()) {
                return;
            }
            KnowledgeBase current = published;
            for (Release release : newer) {
                current = applyOrSkip(current, release);
            }
            install(current, quick(current), newer.get(newer.size() - 1).number());
            LOG.infof("Installed release %d published by another instance", applied);
        }
    }

    public synchronized KnowledgeBase published() {
        if (published == null) {
            throw new ConsoleException(503, List.of(new ConsoleException.Problem("knowledge base",
                    "still loading; try again in a few seconds")));
        }
        return published;
    }

    public synchronized int applied() {
        return applied;
    }

    /** Every release in the storage from a position (0: all), oldest first. */
    public List<Release> releases(long from) {
        return storage.log(RELEASES, from).stream().map(text -> json.read(text, Release.class)).toList();
    }

    /** The published knowledge base with changes applied and checked. */
    KnowledgeBase revise(KnowledgeBase on, List<Change> changes, String origin) {
        Map<String, Optional<Entry>> byId = new LinkedHashMap<>();
        for (Change change : changes) {
            byId.put(change.entryId(), Optional.ofNullable(change.after()).filter(node -> !node.isNull())
                    .map(node -> entries.read(change.kind(), node, origin)));
        }
        return KnowledgeBaseEditor.revise(on, byId, origin);
    }

    /** Builds an engine for a knowledge base; only changed texts are embedded again. */
    public AnswerEngine build(KnowledgeBase kb) {
        return AnswerEngine.build(kb, embedders, languages, policy);
    }

    /**
     * An engine for a revised knowledge base that keeps the domain router of the engine in service (trained
     * again by {@link #install} in the background); a full build when none is in service.
     */
    public AnswerEngine quick(KnowledgeBase kb) {
        return assistant.engine().map(current -> current.revisedFor(kb, embedders)).orElseGet(() -> build(kb));
    }

    /**
     * Puts a published release in service (the caller has appended it to the storage), then has an engine with
     * the router trained on it built in the background, installed if the release is still the one in service.
     */
    synchronized void install(KnowledgeBase kb, AnswerEngine engine, int release) {
        assistant.install(engine);
        this.published = kb;
        this.applied = release;
        if (trainer.isShutdown()) {
            return;
        }
        trainer.submit(() -> {
            try {
                AnswerEngine trained = build(kb);
                synchronized (this) {
                    if (published == kb) {
                        assistant.install(trained.withPolicy(policy));
                    }
                }
            } catch (RuntimeException e) {
                LOG.warnf("Training the router for release %d failed; the previous router serves: %s", release,
                        e.getMessage());
            }
        });
    }

    JsonNode entryJson(Entry entry) {
        return entries.write(entry);
    }

    EntryJson entries() {
        return entries;
    }

    private KnowledgeBase applyOrSkip(KnowledgeBase current, Release release) {
        try {
            return revise(current, release.changes(), "release " + release.number());
        } catch (KnowledgeBaseException | IllegalArgumentException e) {
            LOG.errorf("Release %d no longer fits the loaded knowledge base and is not applied: %s",
                    release.number(), e.getMessage());
            return current;
        }
    }
}
