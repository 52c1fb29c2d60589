package dev.cloudfit.testkit.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.cloudfit.testkit.azurite.Azurite;
import dev.cloudfit.testkit.process.TemporaryDirectory;
import dev.cloudfit.testkit.tls.LoopbackHttpsServer;
import dev.cloudfit.testkit.tls.PinnedCertificate;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;

/**
 * A local Azure Resource Manager for tests, on {@code https://127.0.0.1:PORT/} with a fresh
 * certificate that only {@link #sslContext()} trusts. It serves one subscription
 * ({@link #subscriptionId()}) to callers presenting {@link #accessToken()} as their bearer token.
 *
 * <p>What it does as Azure does: managed disks created for upload ({@code uploadSizeBytes} rules)
 * go {@code ReadyToUpload → ActiveUpload} (grant access: a write SAS to a page blob in Azurite of
 * exactly the upload size) {@code → Unattached} (revoke: the blob's last 512 bytes are read and a
 * bad footer ends the operation {@code Failed} with {@code InvalidVhd}, the disk left in
 * {@code ActiveUpload}) {@code → Attached} (a VM attaches it); VNets and subnets, NICs (the subnet
 * must exist), VMs (size offered and not restricted in the region, vCPU quota per family, disks
 * unattached, NICs free), deletion rules (attached disk, NIC in use, subnet in use), template
 * deployments (missing, unknown or mistyped parameters refused as {@code InvalidTemplate}), Resource
 * SKUs, usages, listing by tag; every write answers as an asynchronous operation
 * ({@code Azure-AsyncOperation}, plus {@code Location} for POST and DELETE) that completes on its
 * second poll. Paths match case-insensitively; {@code api-version} is required.
 *
 * <p>Faults are played on demand ({@link #inject(ArmFault)}): 429 with {@code Retry-After}, 503,
 * an operation ending {@code Failed} with a chosen code, a stalled answer.
 */
public final class LocalArm implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern TAG_FILTER = Pattern.compile(
            "tagName eq '([^']*)'(?: and tagValue eq '([^']*)')?");
    private static final Pattern LOCATION_FILTER = Pattern.compile("location eq '([^']*)'");
    private static final int POLLS_BEFORE_DONE = 1;

    private final String subscriptionId = UUID.randomUUID().toString();
    private final String accessToken = "local-arm-token-" + UUID.randomUUID();
    private final TemporaryDirectory scratch;
    private final LoopbackHttpsServer server;
    private final ArmCatalog catalog = new ArmCatalog();
    private final ArmState state;
    private final List<ArmFault> faults = new ArrayList<>();
    private final Map<ArmFault, Integer> faultUses = new LinkedHashMap<>();
    private final Map<String, Operation> operations = new ConcurrentHashMap<>();
    private final List<String> requests = new ArrayList<>();
    private final Map<String, ObjectNode> deployments = new ConcurrentHashMap<>();

    private LocalArm(Azurite azurite) {
        this.state = new ArmState(subscriptionId, catalog, new UploadBlobs(azurite));
        this.scratch = TemporaryDirectory.create("cloudfit-local-arm-");
        try {
            this.server = LoopbackHttpsServer.start(scratch.path(), "local-arm", this::handle);
        } catch (RuntimeException e) {
            scratch.close();
            throw e;
        }
    }

    /**
     * @param azurite where upload SAS URLs point
     * @return a started local ARM with three regions ({@code westeurope}, {@code northeurope},
     *         {@code eastus}), a few sizes in each and a quota of 20 vCPUs per family
     */
    public static LocalArm start(Azurite azurite) {
        return new LocalArm(azurite);
    }

    /** @return the resource manager endpoint, {@code https://127.0.0.1:PORT/} */
    public URI endpoint() {
        return server.baseUri();
    }

    /** @return the server's certificate (PEM-encodable), for a child process that must trust it */
    public java.security.cert.X509Certificate certificate() {
        return server.certificate();
    }

    /** @return a TLS context trusting this server's certificate and nothing else */
    public SSLContext sslContext() {
        return new PinnedCertificate(server.certificate()).sslContext();
    }

    public String subscriptionId() {
        return subscriptionId;
    }

    /** @return the only bearer token accepted */
    public String accessToken() {
        return accessToken;
    }

    /** Offers a VM size in a region. */
    public void offerSize(String region, String size, String family, int vcpus) {
        catalog.offer(region, size, family, vcpus);
    }

    /** Marks a size as restricted for this subscription in a region ({@code NotAvailableForSubscription}). */
    public void restrictSize(String region, String size) {
        catalog.restrict(region, size);
    }

    /** Sets a vCPU quota: {@code baseline} vCPUs already used by others, {@code limit} in all. */
    public void quota(String region, String family, int baseline, int limit) {
        catalog.quota(region, family, baseline, limit);
    }

    /** Plays a fault on the next matching requests. */
    public synchronized void inject(ArmFault fault) {
        faults.add(fault);
        faultUses.put(fault, 0);
    }

    /** @return every resource held (resource groups and deployments excluded) */
    public List<ArmResource> resources() {
        return state.all().stream().filter(r -> !r.type().equalsIgnoreCase(ArmState.DEPLOYMENTS)).toList();
    }

    /** @return {@code "METHOD /path"} of every request so far, in order (no query strings) */
    public synchronized List<String> requests() {
        return List.copyOf(requests);
    }

    /** Creates a resource group, as someone else did before cloudfit came (test setup). */
    public void createResourceGroup(String name, String region) {
        state.putGroup(name, JSON.objectNode().put("location", region));
    }

    /**
     * Creates a virtual network with one subnet, untagged, as an existing production network
     * (test setup); the resource group must exist.
     */
    public void createVirtualNetwork(String resourceGroup, String name, String region, String addressPrefix,
                                     String subnet, String subnetPrefix) {
        ObjectNode vnet = JSON.objectNode().put("location", region);
        ObjectNode props = vnet.putObject("properties");
        props.putObject("addressSpace").putArray("addressPrefixes").add(addressPrefix);
        props.putArray("subnets").addObject().put("name", subnet).putObject("properties").put("addressPrefix", subnetPrefix);
        ArmPath path = ArmPath.parse(List.of("subscriptions", subscriptionId, "resourceGroups", resourceGroup, "providers",
                "Microsoft.Network", "virtualNetworks", name));
        state.put(path, vnet);
        state.setProvisioningState(path.id(), "Succeeded");
    }

    /** @return the ids of the template deployments held */
    public List<String> deployments() {
        return deployments.values().stream().map(d -> d.path("id").asText()).toList();
    }

    /** @return whether a resource group exists */
    public boolean hasResourceGroup(String name) {
        return state.group(name) != null;
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            scratch.close();
        }
    }

    // ---- the server

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            String path = exchange.getRequestURI().getRawPath();
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            byte[] requestBody = exchange.getRequestBody().readAllBytes();
            synchronized (this) {
                requests.add(method + " " + path);
            }
            if (Boolean.getBoolean("cloudfit.localArm.trace")) {
                System.err.println(java.time.LocalTime.now() + " local ARM: " + method + " " + path);
            }
            Answer answer;
            try {
                ArmFault fault = takeFault(method, path);
                if (fault != null && fault.kind() == ArmFault.Kind.STALL) {
                    Thread.sleep(fault.delay().toMillis());
                }
                answer = fault != null && fault.kind() == ArmFault.Kind.THROTTLE
                        ? error(new ArmError(429, "TooManyRequests", "The request is being throttled.")).header("Retry-After", "1")
                        : fault != null && fault.kind() == ArmFault.Kind.SERVER_ERROR
                        ? error(new ArmError(503, fault.code(), "The service is temporarily unavailable."))
                        : route(method, path, query, requestBody,
                                fault != null && fault.kind() == ArmFault.Kind.OPERATION_FAILED ? fault.code() : null,
                                exchange.getRequestHeaders().getFirst("Authorization"));
            } catch (ArmError e) {
                answer = error(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                answer = error(new ArmError(500, "InternalServerError", "local ARM: " + e));
            }
            answer.headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.getResponseHeaders().add("x-ms-request-id", UUID.randomUUID().toString());
            if (answer.body == null || "HEAD".equals(method)) {
                exchange.sendResponseHeaders(answer.status, -1);
            } else {
                byte[] bytes = MAPPER.writeValueAsBytes(answer.body);
                exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
                exchange.sendResponseHeaders(answer.status, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    private synchronized ArmFault takeFault(String method, String path) {
        for (ArmFault fault : faults) {
            int used = faultUses.get(fault);
            if (used < fault.times() && fault.matches(method, path)) {
                faultUses.put(fault, used + 1);
                return fault;
            }
        }
        return null;
    }

    private Answer route(String method, String rawPath, Map<String, String> query, byte[] body, String failCode,
                         String authorization) throws IOException {
        if (authorization == null || !authorization.equals("Bearer " + accessToken)) {
            return error(new ArmError(401, "AuthenticationFailed", "Authentication failed. The 'Authorization' header is missing or invalid."));
        }
        List<String> s = ArmState.segments(URLDecoder.decode(rawPath, StandardCharsets.UTF_8));
        if (s.size() < 2 || !ArmPath.is(s.get(0), "subscriptions")) {
            throw ArmError.notFound(rawPath);
        }
        if (!s.get(1).equalsIgnoreCase(subscriptionId)) {
            throw new ArmError(404, "SubscriptionNotFound", "The subscription '" + s.get(1) + "' could not be found.");
        }
        if (s.size() >= 5 && ArmPath.is(s.get(2), "providers") && ArmPath.is(s.get(3), "Cloudfit.LocalArm")
                && ArmPath.is(s.get(4), "operations")) {
            return operation(s.get(5), s.size() > 6);
        }
        if (!query.containsKey("api-version")) {
            throw ArmError.badRequest("MissingApiVersionParameter", "The api-version query parameter (?api-version=) is required for all requests.");
        }
        JsonNode request;
        try {
            request = body.length == 0 ? JSON.objectNode() : MAPPER.readTree(body);
        } catch (IOException e) {
            throw ArmError.badRequest("InvalidRequestContent", "The request content was invalid and could not be deserialized: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        if (s.size() == 2 && "GET".equals(method)) {
            ObjectNode sub = JSON.objectNode().put("id", "/subscriptions/" + subscriptionId)
                    .put("subscriptionId", subscriptionId).put("displayName", "local ARM").put("state", "Enabled");
            return ok(sub);
        }
        if (s.size() == 3 && ArmPath.is(s.get(2), "locations")) {
            return ok(catalog.locations(subscriptionId));
        }
        if (s.size() == 3 && ArmPath.is(s.get(2), "resources")) {
            return ok(byTag(null, query));
        }
        if (s.size() == 5 && ArmPath.is(s.get(2), "providers") && ArmPath.is(s.get(4), "skus")) {
            Matcher m = LOCATION_FILTER.matcher(query.getOrDefault("$filter", ""));
            return ok(catalog.skus(m.find() ? ArmCatalog.norm(m.group(1)) : null));
        }
        if (s.size() == 7 && ArmPath.is(s.get(2), "providers") && ArmPath.is(s.get(4), "locations")
                && ArmPath.is(s.get(6), "usages")) {
            return ok(catalog.usages(s.get(5), state::vcpusUsed));
        }
        if (s.size() >= 4 && ArmPath.is(s.get(2), "resourcegroups")) {
            String group = s.get(3);
            if (s.size() == 4) {
                return resourceGroup(method, group, request);
            }
            if (s.size() == 5 && ArmPath.is(s.get(4), "resources")) {
                return ok(byTag(group, query));
            }
            ArmPath path = ArmPath.parse(s);
            if (path != null && path.isType(ArmState.DEPLOYMENTS) && path.action() == null) {
                return deployment(method, path, request, failCode);
            }
            if (path != null) {
                return resource(method, path, request, failCode);
            }
        }
        throw ArmError.notFound(rawPath);
    }

    private ObjectNode byTag(String group, Map<String, String> query) {
        Matcher m = TAG_FILTER.matcher(query.getOrDefault("$filter", ""));
        return m.find() ? state.listByTag(group, m.group(1), m.group(2)) : state.listByTag(group, null, null);
    }

    private Answer resourceGroup(String method, String group, JsonNode request) {
        switch (method) {
            case "HEAD":
                return new Answer(state.group(group) != null ? 204 : 404, null);
            case "GET": {
                ObjectNode g = state.group(group);
                if (g == null) {
                    throw new ArmError(404, "ResourceGroupNotFound", "Resource group '" + group + "' could not be found.");
                }
                return ok(g);
            }
            case "PUT": {
                boolean created = state.group(group) == null;
                return new Answer(created ? 201 : 200, state.putGroup(group, request));
            }
            case "DELETE": {
                if (state.group(group) == null) {
                    return new Answer(404, null);
                }
                return accepted(() -> {
                    state.deleteGroup(group);
                    return null;
                }, null, null);
            }
            default:
                throw new ArmError(405, "MethodNotAllowed", method + " is not served for resource groups");
        }
    }

    private Answer resource(String method, ArmPath path, JsonNode request, String failCode) {
        String action = path.action();
        if (action != null) {
            if ("POST".equals(method) && path.isType(ArmState.DISKS) && action.equalsIgnoreCase("beginGetAccess")) {
                String sas = state.grantAccess(path, request);
                return accepted(() -> null, JSON.objectNode().put("accessSAS", sas), failCode);
            }
            if ("POST".equals(method) && path.isType(ArmState.DISKS) && action.equalsIgnoreCase("endGetAccess")) {
                return accepted(() -> {
                    String problem = state.revokeAccess(path);
                    return problem == null ? null : new ArmError(400, "InvalidVhd", problem);
                }, null, failCode);
            }
            if ("GET".equals(method) && path.isType(ArmState.VMS) && action.equalsIgnoreCase("instanceView")) {
                return ok(state.instanceView(path));
            }
            throw ArmError.notFound(path.id() + "/" + action);
        }
        switch (method) {
            case "GET": {
                ObjectNode body = state.get(path);
                if (body == null) {
                    throw ArmError.notFound(path.type() + "/" + path.name());
                }
                if (path.isType(ArmState.VMS)) {
                    ((ObjectNode) body.get("properties")).set("instanceView", state.instanceView(path));
                }
                return ok(body);
            }
            case "PUT": {
                ArmState.Put put = state.put(path, request);
                // a disk PUT answers 200 (the SDK refuses 201 for disks), the others 201 when created
                int status = path.isType(ArmState.DISKS) || !put.created() ? 200 : 201;
                Operation op = newOperation(() -> {
                    state.setProvisioningState(path.id(), "Succeeded");
                    return null;
                }, null, failCode);
                op.onFailure = () -> state.setProvisioningState(path.id(), "Failed");
                op.workDoneBeforeInjectedFailure = true;
                return new Answer(status, put.body()).header("Azure-AsyncOperation", operationUrl(op));
            }
            case "DELETE": {
                if (!state.checkDelete(path)) {
                    return new Answer(204, null);
                }
                return accepted(() -> {
                    state.delete(path);
                    return null;
                }, null, failCode);
            }
            default:
                throw new ArmError(405, "MethodNotAllowed", method + " is not served for " + path.type());
        }
    }

    private Answer deployment(String method, ArmPath path, JsonNode request, String failCode) {
        String key = ArmPath.key(path.id());
        switch (method) {
            case "GET": {
                ObjectNode d = deployments.get(key);
                if (d == null) {
                    throw new ArmError(404, "DeploymentNotFound", "Deployment '" + path.name() + "' could not be found.");
                }
                return ok(d.deepCopy());
            }
            case "PUT": {
                ObjectNode group = state.group(path.resourceGroup());
                if (group == null) {
                    throw new ArmError(404, "ResourceGroupNotFound", "Resource group '" + path.resourceGroup() + "' could not be found.");
                }
                TemplateDeployment plan = TemplateDeployment.validate(subscriptionId, group.get("name").asText(),
                        group.get("location").asText(), request);
                ObjectNode d = JSON.objectNode().put("id", path.id()).put("name", path.name()).put("type", ArmState.DEPLOYMENTS);
                ObjectNode props = d.putObject("properties");
                props.put("provisioningState", "Accepted").put("mode", request.path("properties").path("mode").asText("Incremental"))
                        .put("correlationId", UUID.randomUUID().toString());
                props.set("parameters", plan.parameters());
                deployments.put(key, d);
                Operation op = newOperation(() -> {
                    try {
                        plan.apply(state);
                    } catch (ArmError e) {
                        return deploymentFailed(e);
                    }
                    props.put("provisioningState", "Succeeded");
                    props.set("outputs", plan.outputs());
                    ObjectNode output = props.putArray("outputResources").addObject();
                    plan.resources().forEach(r -> output.put("id", r.path().id()));
                    return null;
                }, null, failCode);
                op.onFailure = () -> {
                    props.put("provisioningState", "Failed");
                    plan.resources().forEach(r -> state.setProvisioningState(r.path().id(), "Failed"));
                };
                op.workDoneBeforeInjectedFailure = true;
                return new Answer(201, d.deepCopy()).header("Azure-AsyncOperation", operationUrl(op));
            }
            case "DELETE": {
                deployments.remove(key);
                return new Answer(204, null);
            }
            default:
                throw new ArmError(405, "MethodNotAllowed", method + " is not served for deployments");
        }
    }

    private static ArmError deploymentFailed(ArmError cause) {
        return new DeploymentError(cause);
    }

    /** ARM's wrapper around the error of a resource that a deployment failed to create. */
    static final class DeploymentError extends ArmError {
        private final ArmError inner;

        DeploymentError(ArmError inner) {
            super(400, "DeploymentFailed", "At least one resource deployment operation failed. Please list deployment operations for details.");
            this.inner = inner;
        }
    }

    // ---- asynchronous operations

    private static final class Operation {
        final String id = UUID.randomUUID().toString();
        final Supplier<ArmError> completion;
        final ObjectNode result;
        final String failCode;
        Runnable onFailure = () -> { };
        /** whether an injected failure comes after the work was done (a PUT whose provisioning fails) */
        boolean workDoneBeforeInjectedFailure;
        int polls;
        boolean done;
        ArmError error;

        Operation(Supplier<ArmError> completion, ObjectNode result, String failCode) {
            this.completion = completion;
            this.result = result;
            this.failCode = failCode;
        }
    }

    private Operation newOperation(Supplier<ArmError> completion, ObjectNode result, String failCode) {
        Operation op = new Operation(completion, result, failCode);
        operations.put(op.id, op);
        return op;
    }

    private Answer accepted(Supplier<ArmError> completion, ObjectNode result, String failCode) {
        Operation op = newOperation(completion, result, failCode);
        return new Answer(202, null).header("Azure-AsyncOperation", operationUrl(op))
                .header("Location", operationUrl(op) + "/result?api-version=2024-03-02");
    }

    private String operationUrl(Operation op) {
        return endpoint() + "subscriptions/" + subscriptionId + "/providers/Cloudfit.LocalArm/operations/" + op.id;
    }

    private Answer operation(String id, boolean result) {
        Operation op = operations.get(id);
        if (op == null) {
            throw ArmError.notFound("operation " + id);
        }
        synchronized (op) {
            if (!op.done && op.polls++ >= POLLS_BEFORE_DONE) {
                if (op.failCode != null) {
                    if (op.workDoneBeforeInjectedFailure) {
                        op.completion.get();
                    }
                    op.error = new ArmError(400, op.failCode, "The operation failed (" + op.failCode + ").");
                } else {
                    op.error = op.completion.get();
                }
                if (op.error != null) {
                    op.onFailure.run();
                }
                op.done = true;
            }
            if (result) {
                if (!op.done) {
                    return new Answer(202, null).header("Location", operationUrl(op) + "/result?api-version=2024-03-02");
                }
                if (op.error != null) {
                    return error(op.error);
                }
                return op.result == null ? new Answer(204, null) : ok(op.result);
            }
            ObjectNode status = JSON.objectNode().put("id", id).put("name", id)
                    .put("status", !op.done ? "InProgress" : op.error == null ? "Succeeded" : "Failed");
            if (op.error != null) {
                status.set("error", errorBody(op.error).get("error"));
            }
            return ok(status);
        }
    }

    // ---- answers

    private static final class Answer {
        final int status;
        final JsonNode body;
        final Map<String, String> headers = new LinkedHashMap<>();

        Answer(int status, JsonNode body) {
            this.status = status;
            this.body = body;
        }

        Answer header(String name, String value) {
            headers.put(name, value);
            return this;
        }
    }

    private static Answer ok(JsonNode body) {
        return new Answer(200, body);
    }

    private static Answer error(ArmError e) {
        return new Answer(e.status(), errorBody(e)).header("x-ms-failure-cause", "service");
    }

    private static ObjectNode errorBody(ArmError e) {
        ObjectNode body = JSON.objectNode();
        ObjectNode error = body.putObject("error").put("code", e.code()).put("message", e.getMessage());
        if (e instanceof DeploymentError d) {
            error.putArray("details").addObject().put("code", d.inner.code()).put("message", d.inner.getMessage());
        }
        return body;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            out.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }
}
