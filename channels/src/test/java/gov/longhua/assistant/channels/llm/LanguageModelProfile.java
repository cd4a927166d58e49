package gov.longhua.assistant.channels.llm;

import gov.longhua.assistant.channels.support.LanguageModelResource;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/** The application with the optional language model configured. */
public class LanguageModelProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(LanguageModelResource.class));
    }
}
