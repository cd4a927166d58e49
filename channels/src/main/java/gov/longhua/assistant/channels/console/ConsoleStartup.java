package gov.longhua.assistant.channels.console;

import gov.longhua.assistant.channels.config.AssistantConfig;
import gov.longhua.assistant.channels.console.store.StaffStorage;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * At start-up, creates the configured initial accounts when there is none, puts the admins' settings in force,
 * starts watching the staff storage for releases and settings other instances save, and drops question log
 * records older than the retention window, at start and daily.
 */
@ApplicationScoped
class ConsoleStartup {

    private static final Logger LOG = Logger.getLogger(ConsoleStartup.class);

    private ScheduledExecutorService watcher;

    void onStart(@Observes StartupEvent event, AssistantConfig config, StaffAccounts accounts, StaffStorage storage,
            LiveKnowledgeBase live, ConsoleSettings settings, QuestionLog questions) {
        Map<String, Set<StaffRole>> roles = new LinkedHashMap<>();
        Map<String, String> passwords = new LinkedHashMap<>();
        config.staff().initialUsers().forEach((name, user) -> {
            roles.put(name, user.roles().stream().map(StaffRole::of).collect(Collectors.toSet()));
            passwords.put(name, user.password());
        });
        accounts.bootstrap(roles, passwords);
        settings.sync();
        LOG.infof("Staff data: %s; %d staff account(s)", storage.describe(), accounts.all().size());
        long every = config.staff().syncInterval().toMillis();
        watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "release-watcher");
            thread.setDaemon(true);
            return thread;
        });
        watcher.scheduleWithFixedDelay(() -> {
            try {
                live.sync();
                settings.sync();
            } catch (RuntimeException e) {
                LOG.warnf("Checking for new releases and settings failed: %s", e.getMessage());
            }
        }, every, every, TimeUnit.MILLISECONDS);
        watcher.scheduleWithFixedDelay(() -> {
            try {
                long dropped = questions.dropExpired();
                if (dropped > 0) {
                    LOG.infof("Dropped %d question log record(s) older than %d days", dropped,
                            config.staff().questionRetentionDays());
                }
            } catch (RuntimeException e) {
                LOG.warnf("Dropping old question log records failed: %s", e.getMessage());
            }
        }, 0, 1, TimeUnit.DAYS);
    }

    void onStop(@Observes ShutdownEvent event, QuestionLog questions) {
        if (watcher != null) {
            watcher.shutdownNow();
        }
        try {
            questions.stop(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
