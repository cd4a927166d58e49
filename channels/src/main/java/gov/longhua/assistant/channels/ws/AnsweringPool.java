package gov.longhua.assistant.channels.ws;

import gov.longhua.assistant.channels.config.AssistantConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that answer questions: a fixed number (one per core by default) and a bounded queue, so that
 * a flood of asks costs neither unbounded threads nor unbounded memory. An ask that finds the queue full is
 * refused at once ({@code busy}), with a hint when to ask again.
 */
@ApplicationScoped
public class AnsweringPool {

    private final ThreadPoolExecutor executor;
    private final Duration retryAfter;

    AnsweringPool(AssistantConfig config, MeterRegistry metrics) {
        AssistantConfig.AnsweringPoolConfig pool = config.ws().answeringPool();
        int threads = pool.threads().orElse(Runtime.getRuntime().availableProcessors());
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(Math.max(1, pool.queue())), new Named(), new ThreadPoolExecutor.AbortPolicy());
        this.retryAfter = pool.busyRetryAfter();
        Gauge.builder("assistant.answering.queue", this, AnsweringPool::queued)
                .description("Asks waiting for an answering thread").register(metrics);
    }

    /** How many asks wait for a thread. */
    public int queued() {
        return executor.getQueue().size();
    }

    /** Runs the task on an answering thread, or returns false at once if all are busy and the queue is full. */
    boolean tryExecute(Runnable task) {
        try {
            executor.execute(task);
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /** When a refused ask may be asked again. */
    Duration retryAfter() {
        return retryAfter;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    private static final class Named implements ThreadFactory {

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "answering-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
