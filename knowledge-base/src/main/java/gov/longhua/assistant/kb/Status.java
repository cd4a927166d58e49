package gov.longhua.assistant.kb;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether an entry rests on a cited source or stands in until the district supplies official data. */
public enum Status {
    @JsonProperty("confirmed") CONFIRMED,
    @JsonProperty("placeholder") PLACEHOLDER
}
