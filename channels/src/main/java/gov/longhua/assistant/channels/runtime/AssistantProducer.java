package gov.longhua.assistant.channels.runtime;

import gov.longhua.assistant.channels.config.AssistantConfig;
import gov.longhua.assistant.channels.redis.RedisConversationStore;
import gov.longhua.assistant.channels.redis.ResilientConversationStore;
import gov.longhua.assistant.channels.staff.StaffInbox;
import dev.langchain4j.model.openai.OpenAiChatModel;
import gov.longhua.assistant.core.answer.GroundedSummarizer;
import gov.longhua.assistant.core.conversation.ConversationStore;
import gov.longhua.assistant.core.conversation.InMemoryConversationStore;
import gov.longhua.assistant.core.dialogue.AnsweringPolicy;
import gov.longhua.assistant.core.dialogue.Assistant;
import gov.longhua.assistant.core.language.LanguageIdentifier;
import io.quarkus.redis.datasource.RedisDataSource;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;

/**
 * Builds the core's objects from configuration; the only place that chooses an implementation. The core's
 * classes are final, so they are singletons rather than proxied beans.
 */
@ApplicationScoped
class AssistantProducer {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    ConversationStore conversationStore(AssistantConfig config, Instance<RedisDataSource> redis,
            ObjectMapper json, Clock clock) {
        AssistantConfig.ConversationConfig settings = config.conversation();
        return switch (settings.store()) {
            case MEMORY -> new InMemoryConversationStore(settings.idleTimeout(), clock);
            case REDIS -> new ResilientConversationStore(
                    new RedisConversationStore(redis.get(), json, settings.redisKeyPrefix(), settings.idleTimeout()),
                    new InMemoryConversationStore(settings.idleTimeout(), clock), settings.redisRetryInterval());
        };
    }

    @Produces
    @Singleton
    Assistant assistant(ConversationStore conversations, Clock clock, AssistantConfig config, StaffInbox inbox) {
        AssistantConfig.LlmConfig llm = config.llm();
        Optional<GroundedSummarizer> summarizer = llm.baseUrl().map(url -> new GroundedSummarizer(
                OpenAiChatModel.builder().baseUrl(url).apiKey(llm.apiKey().orElse("none"))
                        .modelName(llm.modelName()).timeout(llm.timeout()).maxRetries(0).temperature(0.0).build()));
        return new Assistant(conversations, clock, summarizer, inbox);
    }

    @Produces
    @Singleton
    LanguageIdentifier languageIdentifier() {
        return new LanguageIdentifier();
    }

    @Produces
    @Singleton
    AnsweringPolicy answeringPolicy(AssistantConfig config) {
        AnsweringPolicy defaults = AnsweringPolicy.defaults();
        AssistantConfig.AnsweringConfig answering = config.answering();
        return new AnsweringPolicy(
                answering.acceptZh().orElse(defaults.acceptZh()),
                answering.clarifyZh().orElse(defaults.clarifyZh()),
                answering.acceptEn().orElse(defaults.acceptEn()),
                answering.clarifyEn().orElse(defaults.clarifyEn()));
    }
}
