package gov.longhua.assistant.channels.console;

import java.time.Instant;
import java.util.Set;

/** A staff account: the name it signs in with, the bcrypt hash of its password (never the password), its roles. */
public record StaffAccount(String name, String passwordHash, Set<StaffRole> roles, Instant created, String createdBy) {

    public StaffAccount {
        roles = Set.copyOf(roles);
    }

    /** As the console lists it: without the hash. */
    public record View(String name, Set<StaffRole> roles, Instant created, String createdBy) {
    }

    public View view() {
        return new View(name, roles, created, createdBy);
    }
}
