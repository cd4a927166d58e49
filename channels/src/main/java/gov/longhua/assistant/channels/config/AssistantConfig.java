package gov.longhua.assistant.channels.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Every setting of the assistant ({@code assistant.*}); the defaults run everything embedded. */
@ConfigMapping(prefix = "assistant")
public interface AssistantConfig {

    /** Where the knowledge base comes from. */
    KnowledgeBaseConfig kb();

    /** The in-process embedding model. */
    EmbeddingConfig embedding();

    /** Where conversations are kept between messages. */
    ConversationConfig conversation();

    /** When an answer is good enough to give. */
    AnsweringConfig answering();

    /** The optional language model that summarises composed answers; off unless a base URL is set. */
    LlmConfig llm();

    /** The WebSocket channels. */
    WsConfig ws();

    /** When visitors who ask for a person are put through to the staff inbox. */
    HandoffConfig handoff();

    /** The staff console: accounts, and where drafts, releases, the audit log and question records are kept. */
    StaffConfig staff();

    /** What every HTTP response and every staff request goes through: allowed origins and embedding. */
    HttpConfig http();

    /** The hall kiosk's hand-over of a conversation to a phone. */
    KioskConfig kiosk();

    interface KioskConfig {
        /** How long the one-time token in a kiosk's QR code may be redeemed on a phone. */
        @WithDefault("PT10M")
        Duration transferTtl();

        /** Prefix of the Redis keys of transfer tokens (with {@code assistant.conversation.store=redis}). */
        @WithDefault("assistant:transfer:")
        String redisKeyPrefix();
    }

    interface HttpConfig {
        /**
         * Origins, besides the application's own, allowed to send state-changing staff requests and to open
         * {@code /staff/ws}, e.g. {@code https://console.example.gov.cn}. A staff request whose {@code Origin}
         * header names another origin is refused with 403.
         */
        Optional<List<String>> allowedOrigins();

        /**
         * Sites that may show the public pages (kiosk, phone page) in a frame, e.g. the district's
         * {@code https://www.szlhq.gov.cn}; the CSP's {@code frame-ancestors} of public pages. The chat widget
         * itself is a script and may be added to any site.
         */
        Optional<List<String>> embedOrigins();
    }

    interface StaffConfig {
        /** {@code file} (the default: a local folder, one instance) or {@code redis} (shared by every instance). */
        @WithDefault("file")
        StaffStoreKind store();

        /** The folder of the file store; relative paths are under the working directory. */
        @WithDefault(".cache/staff")
        Path dir();

        /** Prefix of the Redis keys of the Redis store. */
        @WithDefault("assistant:staff:")
        String redisKeyPrefix();

        /**
         * Accounts created when no account exists yet (the first start), e.g.
         * {@code assistant.staff.initial-users.admin.password} and {@code ...roles=admin}; only their bcrypt
         * hashes are stored. Set the passwords through the environment and change them after the first sign-in.
         */
        Map<String, InitialUser> initialUsers();

        /** How often an instance checks for releases another instance published. */
        @WithDefault("PT0.5S")
        Duration syncInterval();

        /** Back-off after failed sign-ins. */
        SignInConfig signIn();

        /** How many days of the question log (questions and ratings) are kept; older records are dropped daily. */
        @WithDefault("180")
        int questionRetentionDays();

        /** Limits on uploaded sheets (imports and regression suites). */
        SheetConfig sheets();
    }

    interface SignInConfig {
        /** Failed sign-ins to one account name (known or not) before it is locked for a while. */
        @WithDefault("5")
        int maxAccountFailures();

        /** Failed sign-ins from one address before it is locked for a while (higher: an office shares one). */
        @WithDefault("20")
        int maxAddressFailures();

        /** The first lock; each further failure doubles it, up to {@link #maxLock()}. */
        @WithDefault("PT30S")
        Duration lock();

        /** The longest lock; failures are forgotten this long after the last one. */
        @WithDefault("PT15M")
        Duration maxLock();
    }

    interface SheetConfig {
        /** Largest uncompressed size of an XLSX archive (all its parts together), in bytes. */
        @WithDefault("52428800")
        long maxUncompressedBytes();

        /** Largest ratio of an XLSX archive's uncompressed size to its size. */
        @WithDefault("100")
        int maxCompressionRatio();

        /** Most data rows a sheet may have. */
        @WithDefault("20000")
        int maxRows();
    }

    interface InitialUser {
        String password();

        /** Any of {@code editor}, {@code reviewer}, {@code admin}, comma-separated. */
        List<String> roles();
    }

    /** Where staff data is stored. */
    enum StaffStoreKind {
        FILE,
        REDIS
    }

    interface HandoffConfig {
        /** Office hours in Longhua time, {@code HH:mm-HH:mm}; staff must also be online in the inbox. */
        @WithDefault("09:00-18:00")
        String officeHours();

        /** Whether only working days count (the knowledge base's official calendar; weekdays outside it). */
        @WithDefault("true")
        boolean workingDaysOnly();

        /**
         * Where requests for a person that nobody could take are kept (one JSON line each, appended), so that
         * staff see them after a restart; relative paths are under the working directory.
         */
        @WithDefault(".cache/missed-requests.jsonl")
        Path missedFile();
    }

    interface WsConfig {
        /** How often every connection gets a {@code heartbeat} frame, so clients can tell a live connection. */
        @WithDefault("PT15S")
        Duration heartbeat();

        /** A connection that sends no frame for this long is closed (1000, after an {@code idle} error frame). */
        @WithDefault("PT10M")
        Duration idleTimeout();

        /** How many asks of one connection may be waiting for their answers at once; more get {@code rate_limited}. */
        @WithDefault("2")
        int maxAsksInFlight();

        /** The token bucket of asks every connection has. */
        AskRateConfig askRate();

        /** How many public connections the instance holds at once; more are refused (1013, {@code too_many_connections}). */
        @WithDefault("2000")
        int maxConnections();

        /** How many connections one client address may hold at once (devices with a key are counted per device). */
        @WithDefault("50")
        int maxConnectionsPerAddress();

        /**
         * The keys of the hall's kiosks and robots. A device presents its key on connect, in the header
         * {@code X-Device-Key} or the query parameter {@code device-key}; its connections are then counted per
         * device, not per address. Set them through the environment; an unknown key is refused (1008).
         */
        Optional<List<String>> deviceKeys();

        /** How many connections one device (one key) may hold at once. */
        @WithDefault("4")
        int maxConnectionsPerDevice();

        /** The threads that answer questions, and the asks that may wait for one. */
        AnsweringPoolConfig answeringPool();
    }

    interface AskRateConfig {
        /** How many asks a connection may send at once after a pause. */
        @WithDefault("5")
        int burst();

        /** How many asks a connection may send per minute in the long run. */
        @WithDefault("30")
        int perMinute();
    }

    interface AnsweringPoolConfig {
        /** Threads answering questions; unset means one per available core. */
        java.util.OptionalInt threads();

        /** Asks that may wait for a thread; more get {@code busy}. */
        @WithDefault("64")
        int queue();

        /** The retry hint ({@code retryAfterMs}) sent with {@code busy}. */
        @WithDefault("PT1S")
        Duration busyRetryAfter();
    }

    interface LlmConfig {
        /**
         * The OpenAI-compatible endpoint, e.g. {@code https://api.example.com/v1}; unset (the default) means no
         * language model is used at all.
         */
        Optional<String> baseUrl();

        /** The endpoint's API key, if it needs one; set it through the environment, never in a file. */
        Optional<String> apiKey();

        @WithDefault("gpt-4o-mini")
        String modelName();

        /** How long to wait for a summary before answering without one. */
        @WithDefault("PT10S")
        Duration timeout();
    }

    interface KnowledgeBaseConfig {
        /**
         * A folder laid out like the repository's {@code src/kb} to load instead of the knowledge base built
         * into the application. A file with a problem stops start-up with the file, entry and field named.
         */
        Optional<Path> dir();
    }

    interface EmbeddingConfig {
        /** Where the tokenizer library may unpack its native code; relative paths are under the working directory. */
        @WithDefault(".cache/djl")
        Path cacheDir();
    }

    interface ConversationConfig {
        /** {@code memory} (the default: this process only, lost on restart) or {@code redis} (shared, lasting). */
        @WithDefault("memory")
        StoreKind store();

        /** How long a conversation is kept after its last message. */
        @WithDefault("PT30M")
        Duration idleTimeout();

        /** Prefix of the Redis keys that hold conversations (with {@code store=redis}). */
        @WithDefault("assistant:conversation:")
        String redisKeyPrefix();

        /**
         * With {@code store=redis}: after Redis failed, how long conversations are kept in memory before Redis
         * is tried again (they are written back to it once it answers).
         */
        @WithDefault("PT2S")
        Duration redisRetryInterval();
    }

    /** Overrides of the answering thresholds; unset ones keep the measured defaults (docs/quality.md). */
    interface AnsweringConfig {
        /** Cosine similarity at which a Chinese question is answered on the embedding alone. */
        OptionalDouble acceptZh();

        /** Lower cosine similarity that suffices for a Chinese question when BM25 ranks the same entry first. */
        OptionalDouble clarifyZh();

        /** Cosine similarity at which an English question is answered on the embedding alone. */
        OptionalDouble acceptEn();

        /** Lower cosine similarity that suffices for an English question when BM25 ranks the same entry first. */
        OptionalDouble clarifyEn();
    }

    /** Where conversations are stored. */
    enum StoreKind {
        MEMORY,
        REDIS
    }
}
