package dev.cloudfit.migrate.azure;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.core.http.policy.HttpLogDetailLevel;
import com.azure.core.http.policy.HttpLogOptions;
import com.azure.core.http.policy.RetryPolicy;
import com.azure.core.management.AzureEnvironment;
import com.azure.core.management.profile.AzureProfile;
import com.azure.identity.DefaultAzureCredentialBuilder;
import com.azure.resourcemanager.compute.fluent.ComputeManagementClient;
import com.azure.resourcemanager.compute.implementation.ComputeManagementClientBuilder;
import com.azure.resourcemanager.network.fluent.NetworkManagementClient;
import com.azure.resourcemanager.network.implementation.NetworkManagementClientBuilder;
import com.azure.resourcemanager.resources.fluent.DeploymentsManagementClient;
import com.azure.resourcemanager.resources.fluent.ResourceManagementClient;
import com.azure.resourcemanager.resources.fluent.SubscriptionClient;
import com.azure.resourcemanager.resources.fluentcore.utils.HttpPipelineProvider;
import com.azure.resourcemanager.resources.implementation.DeploymentsManagementClientBuilder;
import com.azure.resourcemanager.resources.implementation.ResourceManagementClientBuilder;
import com.azure.resourcemanager.resources.implementation.SubscriptionClientBuilder;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;

/**
 * The Azure SDK's generated ARM clients behind one HTTP pipeline: bearer tokens from the credential,
 * retries with back-off that honour {@code Retry-After}, HTTP logging capped at headers (bodies can
 * hold SAS URLs; headers are redacted by the SDK except an allow-list), the JDK's HTTP client.
 */
final class ArmClients {

    final AzureConnection connection;
    final ComputeManagementClient compute;
    final NetworkManagementClient network;
    final ResourceManagementClient resources;
    final DeploymentsManagementClient deployments;
    final SubscriptionClient subscriptions;

    private ArmClients(AzureConnection connection, HttpPipeline pipeline, AzureEnvironment environment) {
        this.connection = connection;
        String endpoint = environment.getResourceManagerEndpoint();
        Duration poll = connection.timing().pollInterval();
        String subscription = connection.subscriptionId();
        this.compute = new ComputeManagementClientBuilder().pipeline(pipeline).endpoint(endpoint).environment(environment)
                .subscriptionId(subscription).defaultPollInterval(poll).buildClient();
        this.network = new NetworkManagementClientBuilder().pipeline(pipeline).endpoint(endpoint).environment(environment)
                .subscriptionId(subscription).defaultPollInterval(poll).buildClient();
        this.resources = new ResourceManagementClientBuilder().pipeline(pipeline).endpoint(endpoint).environment(environment)
                .subscriptionId(subscription).defaultPollInterval(poll).buildClient();
        this.deployments = new DeploymentsManagementClientBuilder().pipeline(pipeline).endpoint(endpoint)
                .environment(environment).subscriptionId(subscription).defaultPollInterval(poll).buildClient();
        this.subscriptions = new SubscriptionClientBuilder().pipeline(pipeline).endpoint(endpoint).environment(environment)
                .defaultPollInterval(poll).buildClient();
    }

    /** Clients with {@code DefaultAzureCredential} (environment, workload identity, managed identity, Azure CLI...). */
    static ArmClients withDefaultCredential(AzureConnection connection) {
        AzureEnvironment environment = environment(connection);
        TokenCredential credential = new DefaultAzureCredentialBuilder()
                .authorityHost(environment.getActiveDirectoryEndpoint()).build();
        return open(connection, credential, null, new HttpLogOptions().getLogLevel());
    }

    /**
     * @param trust    the TLS context to verify the endpoint with, or {@code null} for the JDK's trust store
     * @param logLevel the HTTP logging asked for ({@code AZURE_HTTP_LOG_DETAIL_LEVEL}); bodies are never logged
     */
    static ArmClients open(AzureConnection connection, TokenCredential credential, SSLContext trust,
                           HttpLogDetailLevel logLevel) {
        AzureEnvironment environment = environment(connection);
        AzureConnection.Timing timing = connection.timing();
        java.net.http.HttpClient.Builder jdk = java.net.http.HttpClient.newBuilder();
        if (trust != null) {
            jdk.sslContext(trust);
        }
        HttpClient http = new JdkHttpClientBuilder(jdk).connectionTimeout(timing.responseTimeout())
                .responseTimeout(timing.responseTimeout()).readTimeout(timing.responseTimeout()).build();
        RetryPolicy retry = new RetryPolicy(new ArmRetryStrategy(timing.maxRetries(), timing.retryBaseDelay()));
        HttpPipeline pipeline = HttpPipelineProvider.buildHttpPipeline(credential,
                new AzureProfile(null, connection.subscriptionId(), environment), null, logOptions(logLevel), null, retry,
                List.of(), http);
        return new ArmClients(connection, pipeline, environment);
    }

    /** HTTP logging as asked, but never bodies (a grant's body holds its SAS); headers are redacted by the SDK. */
    static HttpLogOptions logOptions(HttpLogDetailLevel requested) {
        HttpLogOptions options = new HttpLogOptions();
        HttpLogDetailLevel level = requested == null ? HttpLogDetailLevel.NONE : requested;
        options.setLogLevel(level.shouldLogBody() ? HttpLogDetailLevel.HEADERS : level);
        return options;
    }

    static AzureEnvironment environment(AzureConnection connection) {
        AzureEnvironment base = switch (connection.cloud()) {
            case AZURE_CLOUD -> AzureEnvironment.AZURE;
            case AZURE_CHINA_CLOUD -> AzureEnvironment.AZURE_CHINA;
            case AZURE_US_GOVERNMENT -> AzureEnvironment.AZURE_US_GOVERNMENT;
        };
        if (connection.endpointOverride() == null) {
            return base;
        }
        Map<String, String> endpoints = new HashMap<>(base.getEndpoints());
        endpoints.put("resourceManagerEndpointUrl", connection.endpointOverride().toString());
        return new AzureEnvironment(endpoints);
    }
}
