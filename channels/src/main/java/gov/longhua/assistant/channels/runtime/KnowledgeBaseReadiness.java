package gov.longhua.assistant.channels.runtime;

import gov.longhua.assistant.core.dialogue.Assistant;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the knowledge base is loaded and its indexes are built; says so when building them failed. */
@Readiness
@ApplicationScoped
class KnowledgeBaseReadiness implements HealthCheck {

    private final Assistant assistant;
    private final KnowledgeBaseInstaller installer;

    KnowledgeBaseReadiness(Assistant assistant, KnowledgeBaseInstaller installer) {
        this.assistant = assistant;
        this.installer = installer;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("knowledge-base");
        return assistant.engine()
                .map(engine -> response.up()
                        .withData("catalogueItems", engine.knowledgeBase().items().size())
                        .withData("faqEntries", engine.knowledgeBase().faqs().size())
                        .build())
                .orElseGet(() -> installer.failure() == null
                        ? response.down().withData("state", "loading").build()
                        : response.down().withData("state", "failed")
                                .withData("error", String.valueOf(installer.failure().getMessage())).build());
    }
}
