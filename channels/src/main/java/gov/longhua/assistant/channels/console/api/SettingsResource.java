package gov.longhua.assistant.channels.console.api;

import gov.longhua.assistant.channels.console.ConsoleSettings;
import gov.longhua.assistant.channels.console.StaffRole;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** The settings admins change in the console (office hours, answering thresholds); every staff role may read them. */
@Path("/staff/api/settings")
@RolesAllowed({StaffRole.EDITOR_NAME, StaffRole.REVIEWER_NAME, StaffRole.ADMIN_NAME})
public class SettingsResource {

    private final ConsoleSettings settings;
    private final SecurityIdentity identity;

    SettingsResource(ConsoleSettings settings, SecurityIdentity identity) {
        this.settings = settings;
        this.identity = identity;
    }

    /**
     * @param set what admins set (null fields: as configured)
     * @param configured the configuration's values
     * @param effective what is in force
     */
    record View(ConsoleSettings.Settings set, ConsoleSettings.Effective configured, ConsoleSettings.Effective effective) {
    }

    @GET
    public View view() {
        return new View(settings.current(), settings.configured(), settings.effective());
    }

    @POST
    @RolesAllowed(StaffRole.ADMIN_NAME)
    public View save(ConsoleSettings.Settings requested) {
        settings.save(requested, identity.getPrincipal().getName());
        return view();
    }
}
