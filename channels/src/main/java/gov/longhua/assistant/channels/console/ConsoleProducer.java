package gov.longhua.assistant.channels.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.longhua.assistant.channels.config.AssistantConfig;
import gov.longhua.assistant.channels.console.store.FileStaffStorage;
import gov.longhua.assistant.channels.console.store.RedisStaffStorage;
import gov.longhua.assistant.channels.console.store.StaffStorage;
import gov.longhua.assistant.channels.staff.StaffInbox;
import gov.longhua.assistant.core.dialogue.AnsweringPolicy;
import gov.longhua.assistant.core.dialogue.Assistant;
import gov.longhua.assistant.core.language.LanguageIdentifier;
import gov.longhua.assistant.kb.exchange.SheetLimits;
import io.quarkus.redis.datasource.RedisDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Builds the console's objects over the configured staff storage; the only place that chooses it. */
@ApplicationScoped
class ConsoleProducer {

    @Produces
    @Singleton
    StaffStorage storage(AssistantConfig config, Instance<RedisDataSource> redis) {
        AssistantConfig.StaffConfig staff = config.staff();
        return switch (staff.store()) {
            case FILE -> new FileStaffStorage(staff.dir());
            case REDIS -> new RedisStaffStorage(redis.get(), staff.redisKeyPrefix());
        };
    }

    @Produces
    @Singleton
    Json json(ObjectMapper mapper) {
        return new Json(mapper);
    }

    @Produces
    @Singleton
    AuditLog audit(StaffStorage storage, Json json, Clock clock) {
        return new AuditLog(storage, json, clock);
    }

    @Produces
    @Singleton
    StaffAccounts accounts(StaffStorage storage, Json json, Clock clock, AuditLog audit) {
        return new StaffAccounts(storage, json, clock, audit);
    }

    @Produces
    @Singleton
    SignInThrottle throttle(AssistantConfig config, Clock clock) {
        AssistantConfig.SignInConfig signIn = config.staff().signIn();
        return new SignInThrottle(new SignInThrottle.Limits(signIn.maxAccountFailures(), signIn.maxAddressFailures(),
                signIn.lock(), signIn.maxLock()), clock);
    }

    @Produces
    @Singleton
    LiveKnowledgeBase live(StaffStorage storage, Json json, Assistant assistant, LanguageIdentifier languages,
            AnsweringPolicy policy) {
        return new LiveKnowledgeBase(storage, json, assistant, languages, policy);
    }

    @Produces
    @Singleton
    RegressionSuites suites(StaffStorage storage, Json json, Clock clock, AuditLog audit, SheetLimits limits) {
        return new RegressionSuites(storage, json, clock, audit, limits);
    }

    @Produces
    @Singleton
    SheetLimits sheetLimits(AssistantConfig config) {
        AssistantConfig.SheetConfig sheets = config.staff().sheets();
        return new SheetLimits(sheets.maxUncompressedBytes(), sheets.maxCompressionRatio(), sheets.maxRows());
    }

    @Produces
    @Singleton
    QuestionLog questions(StaffStorage storage, Json json, Clock clock, LiveKnowledgeBase live, AssistantConfig config) {
        return new QuestionLog(storage, json, clock, live,
                java.time.Duration.ofDays(config.staff().questionRetentionDays()));
    }

    @Produces
    @Singleton
    ReviewBoard review(StaffStorage storage, Json json, Clock clock, QuestionLog questions, AuditLog audit) {
        return new ReviewBoard(storage, json, clock, questions, audit);
    }

    @Produces
    @Singleton
    Curation curation(StaffStorage storage, Json json, Clock clock, AuditLog audit, LiveKnowledgeBase live,
            RegressionSuites suites, ReviewBoard review) {
        return new Curation(storage, json, clock, audit, live, suites, review);
    }

    @Produces
    @Singleton
    SheetImport sheetImport(LiveKnowledgeBase live, Curation curation, SheetLimits limits) {
        return new SheetImport(live, curation, limits);
    }

    @Produces
    @Singleton
    ConsoleSettings settings(StaffStorage storage, Json json, Clock clock, AuditLog audit, LiveKnowledgeBase live,
            StaffInbox inbox, AssistantConfig config, AnsweringPolicy configured) {
        return new ConsoleSettings(storage, json, clock, audit, live, inbox, new ConsoleSettings.Effective(
                config.handoff().officeHours(), config.handoff().workingDaysOnly(), configured));
    }

    @Produces
    @Singleton
    HotTopics hotTopics(StaffStorage storage, Json json, AuditLog audit) {
        return new HotTopics(storage, json, audit);
    }
}
