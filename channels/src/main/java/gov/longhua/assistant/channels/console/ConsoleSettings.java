package gov.longhua.assistant.channels.console;

import gov.longhua.assistant.channels.console.store.StaffStorage;
import gov.longhua.assistant.channels.staff.OfficeHours;
import gov.longhua.assistant.channels.staff.StaffInbox;
import gov.longhua.assistant.core.dialogue.AnsweringPolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The settings an admin may change in the console, over the configuration: when staff take handoffs, and the
 * answering thresholds. An unset value keeps the configuration's. Saved settings take effect at once on this
 * instance and within the sync interval on every other; every change is audited with the values before and after.
 */
public final class ConsoleSettings {

    private static final String DOCUMENT = "settings";

    /**
     * The values set in the console; null means "as configured".
     *
     * @param officeHours {@code HH:mm-HH:mm} in Longhua time
     */
    public record Settings(String officeHours, Boolean workingDaysOnly, Double acceptZh, Double clarifyZh,
            Double acceptEn, Double clarifyEn, Instant changedAt, String changedBy) {

        static final Settings NONE = new Settings(null, null, null, null, null, null, null, null);
    }

    /** What is in force: the configuration with the console's settings over it. */
    public record Effective(String officeHours, boolean workingDaysOnly, AnsweringPolicy answering) {
    }

    private final StaffStorage storage;
    private final Json json;
    private final Clock clock;
    private final AuditLog audit;
    private final LiveKnowledgeBase live;
    private final StaffInbox inbox;
    private final Effective configured;
    private Settings applied;

    ConsoleSettings(StaffStorage storage, Json json, Clock clock, AuditLog audit, LiveKnowledgeBase live,
            StaffInbox inbox, Effective configured) {
        this.storage = storage;
        this.json = json;
        this.clock = clock;
        this.audit = audit;
        this.live = live;
        this.inbox = inbox;
        this.configured = configured;
    }

    public Settings current() {
        return storage.read(DOCUMENT).map(text -> json.read(text, Settings.class)).orElse(Settings.NONE);
    }

    public Effective configured() {
        return configured;
    }

    public Effective effective() {
        return effective(current());
    }

    /** Checks and saves new settings, and puts them in force here; all or nothing, each problem by field. */
    public Settings save(Settings requested, String by) {
        if (requested == null) {
            throw new ConsoleException("body", "send the settings as JSON");
        }
        List<ConsoleException.Problem> problems = new ArrayList<>();
        if (requested.officeHours() != null) {
            try {
                OfficeHours.parse(requested.officeHours(), true);
            } catch (IllegalArgumentException e) {
                problems.add(new ConsoleException.Problem("officeHours", "'" + requested.officeHours()
                        + "' is not HH:mm-HH:mm (Longhua time; 24:00 for midnight)"));
            }
        }
        threshold(problems, "acceptZh", requested.acceptZh());
        threshold(problems, "clarifyZh", requested.clarifyZh());
        threshold(problems, "acceptEn", requested.acceptEn());
        threshold(problems, "clarifyEn", requested.clarifyEn());
        if (problems.isEmpty()) {
            AnsweringPolicy policy = effective(requested).answering();
            if (policy.clarifyZh() > policy.acceptZh()) {
                problems.add(new ConsoleException.Problem("clarifyZh", "must not exceed acceptZh ("
                        + policy.acceptZh() + ")"));
            }
            if (policy.clarifyEn() > policy.acceptEn()) {
                problems.add(new ConsoleException.Problem("clarifyEn", "must not exceed acceptEn ("
                        + policy.acceptEn() + ")"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ConsoleException(400, problems);
        }
        Settings saved = new Settings(blankToNull(requested.officeHours()), requested.workingDaysOnly(),
                requested.acceptZh(), requested.clarifyZh(), requested.acceptEn(),
                requested.clarifyEn(), clock.instant(), by);
        Settings before = storage.exclusively(DOCUMENT, () -> {
            Settings old = current();
            storage.write(DOCUMENT, json.write(saved));
            return old;
        });
        audit.record(by, "settings-saved", "settings", "before " + describe(before) + "; after " + describe(saved));
        apply(saved);
        return saved;
    }

    /** Puts the stored settings in force if they changed since the last look (another instance saved them). */
    public void sync() {
        Settings stored = current();
        if (!Objects.equals(stored, applied)) {
            apply(stored);
        }
    }

    private synchronized void apply(Settings settings) {
        Effective effective = effective(settings);
        inbox.officeHours(OfficeHours.parse(effective.officeHours(), effective.workingDaysOnly()));
        live.answerBy(effective.answering());
        applied = settings;
    }

    private Effective effective(Settings settings) {
        AnsweringPolicy base = configured.answering();
        return new Effective(
                settings.officeHours() != null ? settings.officeHours() : configured.officeHours(),
                settings.workingDaysOnly() != null ? settings.workingDaysOnly() : configured.workingDaysOnly(),
                new AnsweringPolicy(
                        or(settings.acceptZh(), base.acceptZh()),
                        or(settings.clarifyZh(), base.clarifyZh()),
                        or(settings.acceptEn(), base.acceptEn()),
                        or(settings.clarifyEn(), base.clarifyEn())));
    }

    private static double or(Double value, double fallback) {
        return value != null ? value : fallback;
    }

    private static void threshold(List<ConsoleException.Problem> problems, String field, Double value) {
        if (value != null && (value.isNaN() || value < 0.05 || value > 1.0)) {
            problems.add(new ConsoleException.Problem(field, value + " is outside 0.05–1.0; leave it empty for the configured value"));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String describe(Settings settings) {
        return "officeHours=" + settings.officeHours() + ", workingDaysOnly=" + settings.workingDaysOnly()
                + ", acceptZh=" + settings.acceptZh() + ", clarifyZh=" + settings.clarifyZh()
                + ", acceptEn=" + settings.acceptEn() + ", clarifyEn=" + settings.clarifyEn();
    }
}
