package gov.longhua.assistant.channels.runtime;

import gov.longhua.assistant.core.retrieval.Embedders;
import gov.longhua.assistant.channels.config.AssistantConfig;
import gov.longhua.assistant.channels.console.LiveKnowledgeBase;
import gov.longhua.assistant.core.retrieval.EmbeddingModels;
import gov.longhua.assistant.kb.KnowledgeBase;
import gov.longhua.assistant.kb.load.KbLocation;
import gov.longhua.assistant.kb.load.KnowledgeBaseException;
import gov.longhua.assistant.kb.load.KnowledgeBaseLoader;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * At start-up, reads and validates the knowledge base before the application accepts connections (a bad
 * file stops start-up, naming file, entry and field), then loads the models in the background and installs
 * it with the releases staff published ({@link LiveKnowledgeBase}); readiness turns UP when it is in service.
 */
@ApplicationScoped
public class KnowledgeBaseInstaller {

    private static final Logger LOG = Logger.getLogger(KnowledgeBaseInstaller.class);

    /** How long shutting down waits for an index build in progress (its native code must not be cut off). */
    private static final long BUILD_WAIT_MILLIS = 60_000;

    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private volatile Thread builder;

    void onStart(@Observes StartupEvent event, AssistantConfig config, LiveKnowledgeBase live) {
        KbLocation location = config.kb().dir().map(KbLocation::directory).orElseGet(KbLocation::embedded);
        KnowledgeBase kb;
        try {
            kb = new KnowledgeBaseLoader().load(location);
        } catch (KnowledgeBaseException e) {
            LOG.error("The assistant cannot start: " + e.getMessage());
            throw e;
        }
        LOG.infof("Knowledge base read: %d catalogue items, %d FAQ entries", kb.items().size(), kb.faqs().size());
        builder = new Thread(() -> {
            try {
                long start = System.nanoTime();
                Embedders model = EmbeddingModels.bgeSmall(config.embedding().cacheDir());
                live.start(kb, model);
                LOG.infof("Indexes built in %d ms (published release %d); the assistant is ready",
                        (System.nanoTime() - start) / 1_000_000, live.applied());
            } catch (RuntimeException | Error e) {
                failure.set(e);
                LOG.error("Building the indexes failed; the assistant stops", e);
                Quarkus.asyncExit(1);
            }
        }, "kb-index-builder");
        builder.setDaemon(true);
        builder.start();
    }

    /**
     * Waits for an index build still running: the embedding model runs in native code, and a process that
     * exits under it crashes instead of stopping.
     */
    void onStop(@Observes ShutdownEvent event, LiveKnowledgeBase live) {
        Thread running = builder;
        try {
            if (running != null && running.isAlive()) {
                LOG.info("Waiting for the index build to finish before stopping");
                running.join(BUILD_WAIT_MILLIS);
            }
            live.stop(BUILD_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Why building the indexes failed, if it did. */
    public Throwable failure() {
        return failure.get();
    }
}
