package dev.cloudfit.assess.catalog.refresh.arm;

import com.azure.core.credential.TokenCredential;
import com.azure.core.exception.ClientAuthenticationException;
import com.azure.core.exception.HttpResponseException;
import com.azure.core.http.HttpClient;
import com.azure.core.management.AzureEnvironment;
import com.azure.core.management.profile.AzureProfile;
import com.azure.core.util.Context;
import com.azure.identity.DefaultAzureCredentialBuilder;
import com.azure.resourcemanager.compute.ComputeManager;
import com.azure.resourcemanager.compute.fluent.models.ResourceSkuInner;
import com.azure.resourcemanager.compute.models.ResourceSkuCapabilities;
import com.azure.resourcemanager.compute.models.ResourceSkuRestrictions;
import dev.cloudfit.assess.catalog.refresh.ResourceSku;
import dev.cloudfit.assess.catalog.refresh.SkuRestriction;
import dev.cloudfit.assess.catalog.refresh.ResourceSkuSource;
import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.core.net.NameResolution;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The Resource SKUs API ({@code GET /subscriptions/{id}/providers/Microsoft.Compute/skus}, api-version
 * 2021-07-01, as the SDK's generated {@code ResourceSkusClient} calls it) through the Azure SDK for Java.
 * The only class of the catalog that sees SDK types: it turns each {@code ResourceSkuInner} into a
 * {@link ResourceSku}. The SDK follows {@code nextLink} pages and honours {@code Retry-After} on 429;
 * an authentication or HTTP failure becomes one {@link ExternalSystemException} line naming the status.
 */
public final class ArmResourceSkus implements ResourceSkuSource {

    /** Azure's public cloud Resource Manager. */
    public static final URI AZURE_PUBLIC = URI.create("https://management.azure.com/");

    private final ComputeManager compute;
    private final String subscription;
    private final URI endpoint;

    private ArmResourceSkus(ComputeManager compute, String subscription, URI endpoint) {
        this.compute = compute;
        this.subscription = subscription;
        this.endpoint = endpoint;
    }

    /**
     * Connects to Azure's public cloud with the credentials the environment gives the Azure SDK's
     * {@code DefaultAzureCredential} (a service principal's AZURE_CLIENT_ID, AZURE_TENANT_ID and
     * AZURE_CLIENT_SECRET, a managed identity, an Azure CLI sign-in), signing in at {@code authorityHost}.
     */
    public static ArmResourceSkus connectFromEnvironment(URI authorityHost, String subscription) {
        return connect(new DefaultAzureCredentialBuilder().authorityHost(authorityHost.toString()).build(), subscription,
                AZURE_PUBLIC, null);
    }

    /**
     * @param httpClient the HTTP client, or null for the SDK's default (tests pass one that trusts
     *                   only their own certificate)
     */
    public static ArmResourceSkus connect(TokenCredential credential, String subscription, URI endpoint,
            HttpClient httpClient) {
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(subscription, "subscription");
        Map<String, String> endpoints = new HashMap<>(AzureEnvironment.AZURE.getEndpoints());
        if (!endpoint.equals(AZURE_PUBLIC)) {
            endpoints.put("resourceManagerEndpointUrl", endpoint.toString());
        }
        AzureProfile profile = new AzureProfile(null, subscription, new AzureEnvironment(endpoints));
        ComputeManager.Configurable configure = ComputeManager.configure();
        if (httpClient != null) {
            configure = configure.withHttpClient(httpClient);
        }
        return new ArmResourceSkus(configure.authenticate(credential, profile), subscription, endpoint);
    }

    @Override
    public void forEach(String region, Consumer<ResourceSku> sink) {
        String filter = "location eq '" + region.replace("'", "''") + "'";
        try {
            for (ResourceSkuInner s : compute.serviceClient().getResourceSkus().list(filter, null, Context.NONE)) {
                sink.accept(map(s));
            }
        } catch (ClientAuthenticationException e) {
            if (NameResolution.isUnresolved(e)) {
                throw NameResolution.unresolved(hostOf(e), "Microsoft Entra ID sign-in", e);
            }
            throw new ExternalSystemException("Azure refused the credentials while listing Resource SKUs"
                    + status(e) + ": check AZURE_CLIENT_ID, AZURE_CLIENT_SECRET, AZURE_TENANT_ID and the Reader role on "
                    + "subscription " + subscription, e);
        } catch (HttpResponseException e) {
            int code = e.getResponse() == null ? 0 : e.getResponse().getStatusCode();
            String hint = code == 401 || code == 403
                    ? ": check the credentials and that they hold Reader on subscription " + subscription
                    : code == 429 ? ": throttled and the retries ran out; try again later" : "";
            throw new ExternalSystemException("Azure Resource Manager answered HTTP " + code
                    + " to the Resource SKUs request for " + region + hint, e);
        } catch (RuntimeException e) {
            if (e instanceof ExternalSystemException) {
                throw e;
            }
            if (NameResolution.isUnresolved(e)) {
                throw NameResolution.unresolved(hostOf(e), "Azure (Resource SKUs at " + endpoint + ")", e);
            }
            throw new ExternalSystemException("Resource SKUs request to " + endpoint + " failed: "
                    + firstLine(e.getMessage()), e);
        }
    }

    @Override
    public String describe() {
        return endpoint + " subscription " + subscription;
    }

    private static ResourceSku map(ResourceSkuInner s) {
        Map<String, String> caps = new LinkedHashMap<>();
        if (s.capabilities() != null) {
            for (ResourceSkuCapabilities c : s.capabilities()) {
                if (c.name() != null && c.value() != null) {
                    caps.putIfAbsent(c.name(), c.value());
                }
            }
        }
        List<SkuRestriction> restrictions = s.restrictions() == null ? List.of() : s.restrictions().stream()
                .map(ArmResourceSkus::restriction).toList();
        return new ResourceSku(nz(s.resourceType()), nz(s.name()), s.size(),
                s.locations() == null ? List.of() : s.locations(), caps, restrictions);
    }

    private static SkuRestriction restriction(ResourceSkuRestrictions r) {
        List<String> locations = r.restrictionInfo() != null && r.restrictionInfo().locations() != null
                ? r.restrictionInfo().locations() : r.values() == null ? List.of() : r.values();
        List<String> zones = r.restrictionInfo() != null && r.restrictionInfo().zones() != null
                ? r.restrictionInfo().zones() : List.of();
        return new SkuRestriction(r.type() == null ? "" : r.type().toString(), locations, zones,
                r.reasonCode() == null ? null : r.reasonCode().toString());
    }

    private static String status(HttpResponseException e) {
        return e.getResponse() == null ? "" : " (HTTP " + e.getResponse().getStatusCode() + ")";
    }

    /** The host name an UnknownHostException names, or "a host" when none does. */
    private static String hostOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.UnknownHostException && t.getMessage() != null) {
                return t.getMessage().split(":", 2)[0].strip();
            }
        }
        return "a host";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "no detail";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
