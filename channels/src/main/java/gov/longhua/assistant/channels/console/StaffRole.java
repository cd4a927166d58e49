package gov.longhua.assistant.channels.console;

import java.util.Arrays;
import java.util.Locale;

/** What a staff account may do; an account may hold several roles. Every role may read the console. */
public enum StaffRole {
    /** Drafts changes, works the review queue, imports sheets (as drafts), keeps regression suites. */
    EDITOR,
    /** Publishes drafts and rolls back; may also draft. */
    REVIEWER,
    /** Manages accounts and exports conversation logs. */
    ADMIN;

    public static final String EDITOR_NAME = "editor";
    public static final String REVIEWER_NAME = "reviewer";
    public static final String ADMIN_NAME = "admin";

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static StaffRole of(String code) {
        return Arrays.stream(values()).filter(role -> role.code().equals(code.strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + code + "' is not a role; use editor, reviewer or admin"));
    }
}
