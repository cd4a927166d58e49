package gov.longhua.assistant.channels.console.api;

import gov.longhua.assistant.channels.console.ConsoleException;
import gov.longhua.assistant.channels.console.Curation;
import gov.longhua.assistant.channels.console.RegressionSuites;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Console errors as JSON: {@code {"error": "...", "problems": [{"where": ..., "reason": ...}]}} with 400 (bad
 * request), 404, 409 (conflict, or failing regression suites with their reports) or 503 (still loading).
 */
class ProblemResponses {

    record Body(String error, List<ConsoleException.Problem> problems, List<RegressionSuites.Report> suites) {
    }

    @ServerExceptionMapper
    Response console(ConsoleException e) {
        return Response.status(e.status()).type(MediaType.APPLICATION_JSON)
                .entity(new Body(e.getMessage(), e.problems(), null)).build();
    }

    @ServerExceptionMapper
    Response suites(Curation.SuitesFailed e) {
        return Response.status(409).type(MediaType.APPLICATION_JSON)
                .entity(new Body("Regression suites fail on the knowledge base to publish; nothing was published. "
                        + "Fix the drafts, or publish despite the failures.", List.of(), e.reports())).build();
    }
}
