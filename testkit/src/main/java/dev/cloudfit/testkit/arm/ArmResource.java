package dev.cloudfit.testkit.arm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A resource as the local ARM holds it, for tests to inspect.
 *
 * @param id   its ARM id, as it was created
 * @param type e.g. {@code Microsoft.Compute/disks}
 * @param tags its tags
 * @param body its whole JSON body
 */
public record ArmResource(String id, String type, Map<String, String> tags, JsonNode body) {

    static ArmResource of(JsonNode body) {
        Map<String, String> tags = new LinkedHashMap<>();
        body.path("tags").fields().forEachRemaining(e -> tags.put(e.getKey(), e.getValue().asText()));
        return new ArmResource(body.path("id").asText(), body.path("type").asText(), Map.copyOf(tags), body.deepCopy());
    }

    /** @return {@code properties.provisioningState} */
    public String provisioningState() {
        return body.path("properties").path("provisioningState").asText();
    }
}
