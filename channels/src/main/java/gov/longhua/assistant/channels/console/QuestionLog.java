package gov.longhua.assistant.channels.console;

import gov.longhua.assistant.channels.console.store.StaffStorage;
import gov.longhua.assistant.core.answer.Answer;
import gov.longhua.assistant.core.conversation.PersonalData;
import gov.longhua.assistant.core.insight.Asked;
import gov.longhua.assistant.core.insight.Rated;
import gov.longhua.assistant.kb.Entry;
import gov.longhua.assistant.kb.catalogue.CatalogueItem;
import gov.longhua.assistant.kb.faq.FaqEntry;
import java.time.Clock;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The record of every question asked on a public channel and every rating, for the review queue, the
 * dashboard and log exports. Questions are stored with personal data masked ({@link PersonalData}). Records
 * are written by one background thread in the order they come, so a visitor's answer never waits for the
 * disk or Redis; a failure to record is logged and never costs the visitor the answer. Records older than the
 * retention window are dropped ({@link #dropExpired}, daily).
 */
public final class QuestionLog {

    private static final Logger LOG = Logger.getLogger(QuestionLog.class);
    static final String ASKED = "asked";
    static final String RATED = "rated";

    private final StaffStorage storage;
    private final Json json;
    private final Clock clock;
    private final LiveKnowledgeBase live;
    private final java.time.Duration retention;
    private final java.util.concurrent.ExecutorService writer = java.util.concurrent.Executors.newSingleThreadExecutor(
            runnable -> {
                Thread thread = new Thread(runnable, "question-log");
                thread.setDaemon(true);
                return thread;
            });

    QuestionLog(StaffStorage storage, Json json, Clock clock, LiveKnowledgeBase live, java.time.Duration retention) {
        this.storage = storage;
        this.json = json;
        this.clock = clock;
        this.live = live;
        this.retention = retention;
    }

    public void asked(String channel, String session, String askId, String question, Answer answer) {
        java.time.Instant at = clock.instant();
        record("a question", () -> {
            String topic = answer.entryId() == null || !live.started() ? null
                    : live.published().entry(answer.entryId()).map(QuestionLog::topic).orElse(null);
            storage.append(ASKED, json.write(new Asked(at, session, askId, channel, answer.lang(),
                    PersonalData.mask(question), answer.kind(), answer.entryId(), topic, answer.confidence(),
                    answer.text())));
        });
    }

    public void rated(String session, String askId, boolean helpful) {
        java.time.Instant at = clock.instant();
        record("a rating", () -> storage.append(RATED, json.write(new Rated(at, session, askId, helpful))));
    }

    private void record(String what, Runnable write) {
        try {
            writer.execute(() -> {
                try {
                    write.run();
                } catch (RuntimeException e) {
                    LOG.warnf("Could not record %s: %s", what, e.getMessage());
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.warnf("Could not record %s: stopping", what);
        }
    }

    /** Writes what is still queued, then accepts no more records. */
    public void stop(long waitMillis) throws InterruptedException {
        writer.shutdown();
        writer.awaitTermination(waitMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** Waits until every record queued so far is written (for a reader that must see its own records). */
    void flush() {
        try {
            writer.submit(() -> { }).get();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.RejectedExecutionException e) {
            // nothing queued can be waited for
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Drops questions and ratings older than the retention window ({@code assistant.staff.question-retention-days}),
     * oldest first, under a lock so that two instances never drop the same records twice.
     *
     * @return how many records were dropped
     */
    public long dropExpired() {
        java.time.Instant cutoff = clock.instant().minus(retention);
        flush();
        return storage.exclusively("question-retention", () ->
                dropBefore(ASKED, cutoff, text -> json.read(text, Asked.class).at())
                        + dropBefore(RATED, cutoff, text -> json.read(text, Rated.class).at()));
    }

    private long dropBefore(String log, java.time.Instant cutoff, java.util.function.Function<String, java.time.Instant> at) {
        long old = 0;
        for (String record : storage.log(log, 0)) {
            if (!at.apply(record).isBefore(cutoff)) {
                break;
            }
            old++;
        }
        storage.dropFirst(log, old);
        return old;
    }

    public List<Asked> asked() {
        flush();
        return storage.log(ASKED, 0).stream().map(text -> json.read(text, Asked.class)).toList();
    }

    public List<Rated> ratings() {
        flush();
        return storage.log(RATED, 0).stream().map(text -> json.read(text, Rated.class)).toList();
    }

    /** An FAQ entry's topic, or a catalogue item's domain. */
    static String topic(Entry entry) {
        if (entry instanceof FaqEntry faq) {
            return faq.topic();
        }
        return entry instanceof CatalogueItem item ? item.domain() : null;
    }
}
