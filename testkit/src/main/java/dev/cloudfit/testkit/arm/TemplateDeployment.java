package dev.cloudfit.testkit.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A template deployment, validated as ARM validates it before anything is created (parameters
 * missing, unknown, of the wrong type or outside their allowed values are refused with
 * {@code InvalidTemplate}), then carried out resource by resource through {@link ArmState}.
 */
final class TemplateDeployment {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** A resource the template will create, evaluated. */
    record Planned(ArmPath path, ObjectNode body) {
    }

    private final List<Planned> resources;
    private final ObjectNode outputs;
    private final ObjectNode parameters;

    private TemplateDeployment(List<Planned> resources, ObjectNode outputs, ObjectNode parameters) {
        this.resources = resources;
        this.outputs = outputs;
        this.parameters = parameters;
    }

    /**
     * Validates a deployment request and evaluates its template.
     *
     * @throws ArmError {@code InvalidTemplate} as ARM answers it
     */
    static TemplateDeployment validate(String subscriptionId, String resourceGroup, String groupLocation, JsonNode request) {
        JsonNode properties = request.path("properties");
        JsonNode template = properties.path("template");
        if (!template.isObject() || !template.path("resources").isArray() || !template.has("$schema")
                || !template.has("contentVersion")) {
            throw TemplateExpression.invalid("the template needs $schema, contentVersion and resources");
        }
        JsonNode declared = template.path("parameters");
        JsonNode given = properties.path("parameters");
        List<String> unknown = new ArrayList<>();
        given.fieldNames().forEachRemaining(name -> {
            if (!declared.has(name)) {
                unknown.add(name);
            }
        });
        if (!unknown.isEmpty()) {
            List<String> supported = new ArrayList<>();
            declared.fieldNames().forEachRemaining(supported::add);
            throw TemplateExpression.invalid("The template parameters '" + String.join(", ", unknown)
                    + "' in the parameters file are not valid; they are not present in the original template and can therefore not be provided at deployment time. The only supported parameters for this template are '"
                    + String.join(", ", supported) + "'");
        }
        ObjectNode values = JSON.objectNode();
        TemplateExpression.Scope scope = new TemplateExpression.Scope(subscriptionId, resourceGroup, groupLocation,
                values, JSON.objectNode(), Map.of());
        Iterator<Map.Entry<String, JsonNode>> it = declared.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> p = it.next();
            JsonNode value;
            if (given.has(p.getKey())) {
                value = given.get(p.getKey()).path("value");
                if (value.isMissingNode()) {
                    throw TemplateExpression.invalid("The parameter '" + p.getKey() + "' has no 'value'");
                }
            } else if (p.getValue().has("defaultValue")) {
                value = TemplateExpression.evaluateTree(p.getValue().get("defaultValue"), scope);
            } else {
                throw TemplateExpression.invalid("The value for the template parameter '" + p.getKey() + "' is not provided");
            }
            checkType(p.getKey(), p.getValue(), value);
            values.set(p.getKey(), value);
        }
        ObjectNode variables = JSON.objectNode();
        TemplateExpression.Scope withVariables = new TemplateExpression.Scope(subscriptionId, resourceGroup, groupLocation,
                values, variables, Map.of());
        template.path("variables").fields().forEachRemaining(v ->
                variables.set(v.getKey(), TemplateExpression.evaluateTree(v.getValue(), withVariables)));
        List<Planned> planned = new ArrayList<>();
        for (JsonNode resource : template.path("resources")) {
            if (resource.has("condition") && !TemplateExpression.evaluateTree(resource.get("condition"), withVariables).asBoolean()) {
                continue;
            }
            ObjectNode body = (ObjectNode) TemplateExpression.evaluateTree(resource, withVariables);
            String type = body.path("type").asText();
            String name = body.path("name").asText();
            if (type.isEmpty() || name.isEmpty() || body.path("apiVersion").asText().isEmpty()) {
                throw TemplateExpression.invalid("every resource needs type, name and apiVersion");
            }
            for (String meta : List.of("condition", "dependsOn", "apiVersion", "type", "name", "comments")) {
                body.remove(meta);
            }
            String[] t = type.split("/");
            String[] n = name.split("/");
            List<String> segments = new ArrayList<>(List.of("subscriptions", subscriptionId, "resourceGroups", resourceGroup,
                    "providers", t[0]));
            for (int i = 1; i < t.length; i++) {
                segments.add(t[i]);
                segments.add(n[i - 1]);
            }
            planned.add(new Planned(ArmPath.parse(segments), body));
        }
        ObjectNode outputs = JSON.objectNode();
        template.path("outputs").fields().forEachRemaining(o -> {
            ObjectNode out = outputs.putObject(o.getKey());
            out.put("type", o.getValue().path("type").asText());
            out.set("value", TemplateExpression.evaluateTree(o.getValue().path("value"), withVariables));
        });
        ObjectNode echoed = JSON.objectNode();
        values.fields().forEachRemaining(v -> {
            boolean secure = declared.path(v.getKey()).path("type").asText().toLowerCase(java.util.Locale.ROOT).startsWith("secure");
            echoed.putObject(v.getKey()).put("type", declared.path(v.getKey()).path("type").asText())
                    .set("value", secure ? null : v.getValue());
        });
        return new TemplateDeployment(planned, outputs, echoed);
    }

    private static void checkType(String name, JsonNode declaration, JsonNode value) {
        String type = declaration.path("type").asText().toLowerCase(java.util.Locale.ROOT);
        boolean ok = switch (type) {
            case "string", "securestring" -> value.isTextual();
            case "int" -> value.isIntegralNumber();
            case "bool" -> value.isBoolean();
            case "array" -> value.isArray();
            case "object", "secureobject" -> value.isObject();
            default -> throw TemplateExpression.invalid("The parameter '" + name + "' has an unknown type '" + type + "'");
        };
        if (!ok) {
            throw TemplateExpression.invalid("The provided value for the template parameter '" + name + "' is not valid. Expected a value of type '"
                    + type + "'");
        }
        JsonNode allowed = declaration.path("allowedValues");
        if (allowed.isArray() && !allowed.isEmpty()) {
            boolean found = false;
            for (JsonNode a : allowed) {
                found |= a.equals(value);
            }
            if (!found) {
                TreeSet<String> names = new TreeSet<>();
                allowed.forEach(a -> names.add(a.asText()));
                throw TemplateExpression.invalid("The provided value '" + value.asText() + "' for the template parameter '" + name
                        + "' is not valid. The parameter value is not part of the allowed value(s): '" + String.join(",", names) + "'");
            }
        }
    }

    /** Creates the resources in order; the first refusal stops the deployment. */
    void apply(ArmState state) {
        for (Planned p : resources) {
            state.put(p.path(), p.body());
            state.setProvisioningState(p.path().id(), "Succeeded");
        }
    }

    List<Planned> resources() {
        return resources;
    }

    ObjectNode outputs() {
        return outputs;
    }

    ObjectNode parameters() {
        return parameters;
    }
}
