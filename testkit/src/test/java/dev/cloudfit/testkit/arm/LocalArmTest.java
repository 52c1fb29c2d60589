package dev.cloudfit.testkit.arm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudfit.testkit.azurite.Azurite;
import dev.cloudfit.testkit.azurite.WithAzurite;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The local ARM over plain HTTPS: authentication, api-version, upload size rules, disk states, faults. */
@WithAzurite
class LocalArmTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static LocalArm arm;
    private static HttpClient http;

    @BeforeAll
    static void start(Azurite azurite) {
        arm = LocalArm.start(azurite);
        http = HttpClient.newBuilder().sslContext(arm.sslContext()).build();
        arm.createResourceGroup("rg", "westeurope");
    }

    @AfterAll
    static void stop() {
        arm.close();
    }

    private static HttpResponse<String> send(String method, String path, String body, boolean authorised) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(arm.endpoint() + path.substring(1)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (authorised) {
            request.header("Authorization", "Bearer " + arm.accessToken());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String disk(String name) {
        return "/subscriptions/" + arm.subscriptionId() + "/resourceGroups/rg/providers/Microsoft.Compute/disks/" + name;
    }

    private static String code(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body()).path("error").path("code").asText();
    }

    @Test
    void aCallerWithoutTheTokenIsRefused() throws Exception {
        HttpResponse<String> response = send("GET", disk("x") + "?api-version=2024-03-02", null, false);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(code(response)).isEqualTo("AuthenticationFailed");
    }

    @Test
    void theApiVersionIsRequired() throws Exception {
        HttpResponse<String> response = send("GET", disk("x"), null, true);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(code(response)).isEqualTo("MissingApiVersionParameter");
    }

    @Test
    void uploadSizesFollowAzuresRules() throws Exception {
        String body = "{\"location\":\"westeurope\",\"sku\":{\"name\":\"Premium_LRS\"},\"properties\":{\"creationData\":"
                + "{\"createOption\":\"Upload\",\"uploadSizeBytes\":%d}}}";
        for (long bad : new long[] {20L * 1024 * 1024, 20L * 1024 * 1024 + 1024, 10L * 1024 * 1024 + 512}) {
            HttpResponse<String> response = send("PUT", disk("bad") + "?api-version=2024-03-02", body.formatted(bad), true);
            assertThat(response.statusCode()).as("uploadSizeBytes " + bad).isEqualTo(400);
            assertThat(code(response)).isEqualTo("InvalidParameter");
        }
        HttpResponse<String> good = send("PUT", disk("good") + "?api-version=2024-03-02", body.formatted(20L * 1024 * 1024 + 512), true);
        assertThat(good.statusCode()).isEqualTo(200);
        assertThat(good.headers().firstValue("Azure-AsyncOperation")).isPresent();
        JsonNode created = JSON.readTree(good.body());
        assertThat(created.path("properties").path("diskState").asText()).isEqualTo("ReadyToUpload");
    }

    @Test
    void pathsMatchCaseInsensitivelyAndAMissingResourceIs404() throws Exception {
        HttpResponse<String> response = send("GET", disk("absent").replace("resourceGroups", "RESOURCEGROUPS")
                + "?api-version=2024-03-02", null, true);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(code(response)).isEqualTo("ResourceNotFound");
    }

    @Test
    void throttlingAnswers429WithRetryAfterThenServes() throws Exception {
        arm.inject(ArmFault.throttle("GET", "/disks/throttled", 1));
        HttpResponse<String> first = send("GET", disk("throttled") + "?api-version=2024-03-02", null, true);
        assertThat(first.statusCode()).isEqualTo(429);
        assertThat(first.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(send("GET", disk("throttled") + "?api-version=2024-03-02", null, true).statusCode()).isEqualTo(404);
    }
}
