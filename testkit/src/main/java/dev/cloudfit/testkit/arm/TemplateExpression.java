package dev.cloudfit.testkit.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ARM template expressions ({@code "[concat(parameters('name'), '-nic')]"}): the functions cloudfit's
 * templates use, evaluated the way ARM does; an unknown function or parameter is refused with
 * {@code InvalidTemplate}, as ARM refuses it.
 */
final class TemplateExpression {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** What an expression can see. */
    record Scope(String subscriptionId, String resourceGroup, String location, ObjectNode parameters,
                 ObjectNode variables, Map<String, Integer> copyIndexes) {

        Scope withCopyIndex(String loop, int index) {
            Map<String, Integer> indexes = new java.util.HashMap<>(copyIndexes);
            indexes.put(loop, index);
            return new Scope(subscriptionId, resourceGroup, location, parameters, variables, Map.copyOf(indexes));
        }
    }

    private final String text;
    private final Scope scope;
    private int pos;

    private TemplateExpression(String text, Scope scope) {
        this.text = text;
        this.scope = scope;
    }

    /** @return whether {@code value} is an expression (and not an escaped {@code "[["} literal) */
    static boolean isExpression(String value) {
        return value.length() >= 2 && value.startsWith("[") && value.endsWith("]") && !value.startsWith("[[");
    }

    /** Evaluates every expression in a JSON tree (strings only), returning a new tree. */
    static JsonNode evaluateTree(JsonNode node, Scope scope) {
        if (node.isTextual()) {
            String value = node.asText();
            if (isExpression(value)) {
                return evaluate(value.substring(1, value.length() - 1), scope);
            }
            return value.startsWith("[[") ? JSON.textNode(value.substring(1)) : node;
        }
        if (node.isArray()) {
            ArrayNode out = JSON.arrayNode();
            node.forEach(item -> out.add(evaluateTree(item, scope)));
            return out;
        }
        if (node.isObject()) {
            ObjectNode out = JSON.objectNode();
            JsonNode copy = node.get("copy");
            if (copy != null && copy.isArray()) {
                for (JsonNode loop : copy) {
                    String name = loop.path("name").asText();
                    int count = evaluateTree(loop.path("count"), scope).asInt();
                    ArrayNode items = JSON.arrayNode();
                    for (int i = 0; i < count; i++) {
                        items.add(evaluateTree(loop.path("input"), scope.withCopyIndex(name, i)));
                    }
                    out.set(name, items);
                }
            }
            node.fields().forEachRemaining(field -> {
                if (!"copy".equals(field.getKey()) || !field.getValue().isArray()) {
                    out.set(field.getKey(), evaluateTree(field.getValue(), scope));
                }
            });
            return out;
        }
        return node;
    }

    static JsonNode evaluate(String expression, Scope scope) {
        TemplateExpression parser = new TemplateExpression(expression, scope);
        JsonNode value = parser.expression();
        parser.skipSpaces();
        if (parser.pos != expression.length()) {
            throw invalid("unexpected '" + expression.substring(parser.pos) + "' in [" + expression + "]");
        }
        return value;
    }

    private JsonNode expression() {
        JsonNode value = primary();
        while (true) {
            skipSpaces();
            if (peek('.')) {
                pos++;
                String property = identifier();
                if (!value.isObject() || !value.has(property)) {
                    throw invalid("the property '" + property + "' does not exist in " + value);
                }
                value = value.get(property);
            } else if (peek('[')) {
                pos++;
                JsonNode index = expression();
                expect(']');
                value = index.isNumber() ? value.get(index.asInt()) : value.get(index.asText());
                if (value == null) {
                    throw invalid("the index " + index + " is out of range");
                }
            } else {
                return value;
            }
        }
    }

    private JsonNode primary() {
        skipSpaces();
        if (peek('\'')) {
            return JSON.textNode(stringLiteral());
        }
        if (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '-')) {
            int start = pos++;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            return JSON.numberNode(Long.parseLong(text.substring(start, pos)));
        }
        String name = identifier();
        expect('(');
        List<JsonNode> args = new ArrayList<>();
        skipSpaces();
        if (!peek(')')) {
            do {
                args.add(expression());
                skipSpaces();
            } while (consume(','));
        }
        expect(')');
        return call(name.toLowerCase(Locale.ROOT), args);
    }

    private JsonNode call(String function, List<JsonNode> args) {
        switch (function) {
            case "parameters": {
                String name = args.get(0).asText();
                JsonNode value = scope.parameters().get(name);
                if (value == null) {
                    throw invalid("The template parameter '" + name + "' is not found");
                }
                return value;
            }
            case "variables": {
                String name = args.get(0).asText();
                JsonNode value = scope.variables().get(name);
                if (value == null) {
                    throw invalid("The template variable '" + name + "' is not found");
                }
                return value;
            }
            case "concat": {
                if (!args.isEmpty() && args.get(0).isArray()) {
                    ArrayNode out = JSON.arrayNode();
                    args.forEach(a -> out.addAll((ArrayNode) a));
                    return out;
                }
                StringBuilder s = new StringBuilder();
                args.forEach(a -> s.append(a.isTextual() ? a.asText() : a.toString()));
                return JSON.textNode(s.toString());
            }
            case "if":
                return args.get(0).asBoolean() ? args.get(1) : args.get(2);
            case "empty": {
                JsonNode a = args.get(0);
                return JSON.booleanNode(a.isNull() || a.isMissingNode() || (a.isTextual() && a.asText().isEmpty())
                        || (a.isContainerNode() && a.isEmpty()));
            }
            case "equals":
                return JSON.booleanNode(args.get(0).equals(args.get(1)));
            case "not":
                return JSON.booleanNode(!args.get(0).asBoolean());
            case "and":
                return JSON.booleanNode(args.stream().allMatch(JsonNode::asBoolean));
            case "or":
                return JSON.booleanNode(args.stream().anyMatch(JsonNode::asBoolean));
            case "true":
                return JSON.booleanNode(true);
            case "false":
                return JSON.booleanNode(false);
            case "null":
                return JSON.nullNode();
            case "length":
                return JSON.numberNode(args.get(0).isTextual() ? args.get(0).asText().length() : args.get(0).size());
            case "copyindex": {
                String loop = args.isEmpty() || args.get(0).isNumber() ? "" : args.get(0).asText();
                Integer index = scope.copyIndexes().get(loop);
                if (index == null) {
                    throw invalid("copyIndex('" + loop + "') is used outside its copy loop");
                }
                int offset = args.isEmpty() ? 0 : args.get(args.size() - 1).isNumber() ? args.get(args.size() - 1).asInt() : 0;
                return JSON.numberNode(index + offset);
            }
            case "tolower":
                return JSON.textNode(args.get(0).asText().toLowerCase(Locale.ROOT));
            case "string":
                return JSON.textNode(args.get(0).isTextual() ? args.get(0).asText() : args.get(0).toString());
            case "union": {
                ObjectNode out = JSON.objectNode();
                args.forEach(a -> out.setAll((ObjectNode) a));
                return out;
            }
            case "createarray": {
                ArrayNode out = JSON.arrayNode();
                args.forEach(out::add);
                return out;
            }
            case "resourcegroup": {
                ObjectNode rg = JSON.objectNode();
                rg.put("id", "/subscriptions/" + scope.subscriptionId() + "/resourceGroups/" + scope.resourceGroup());
                rg.put("name", scope.resourceGroup());
                rg.put("location", scope.location());
                return rg;
            }
            case "subscription": {
                ObjectNode sub = JSON.objectNode();
                sub.put("id", "/subscriptions/" + scope.subscriptionId());
                sub.put("subscriptionId", scope.subscriptionId());
                return sub;
            }
            case "resourceid":
                return JSON.textNode(resourceId(args));
            default:
                throw invalid("The template function '" + function + "' is not valid");
        }
    }

    private String resourceId(List<JsonNode> args) {
        List<String> parts = args.stream().map(JsonNode::asText).toList();
        String resourceGroup = scope.resourceGroup();
        int typeAt = 0;
        if (!parts.get(0).contains("/")) {
            resourceGroup = parts.get(0);
            typeAt = 1;
        }
        String[] type = parts.get(typeAt).split("/");
        List<String> names = parts.subList(typeAt + 1, parts.size());
        if (names.size() != type.length - 1) {
            throw invalid("resourceId: the type '" + parts.get(typeAt) + "' needs " + (type.length - 1) + " name(s)");
        }
        StringBuilder id = new StringBuilder("/subscriptions/").append(scope.subscriptionId())
                .append("/resourceGroups/").append(resourceGroup).append("/providers/").append(type[0]);
        for (int i = 1; i < type.length; i++) {
            id.append('/').append(type[i]).append('/').append(names.get(i - 1));
        }
        return id.toString();
    }

    private String identifier() {
        skipSpaces();
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        if (start == pos) {
            throw invalid("a name was expected at '" + text.substring(pos) + "' in [" + text + "]");
        }
        return text.substring(start, pos);
    }

    private String stringLiteral() {
        expect('\'');
        StringBuilder s = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw invalid("unterminated string in [" + text + "]");
            }
            char c = text.charAt(pos++);
            if (c == '\'') {
                if (peek('\'')) {
                    s.append('\'');
                    pos++;
                } else {
                    return s.toString();
                }
            } else {
                s.append(c);
            }
        }
    }

    private void skipSpaces() {
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private boolean consume(char c) {
        skipSpaces();
        if (peek(c)) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!consume(c)) {
            throw invalid("'" + c + "' expected at position " + pos + " in [" + text + "]");
        }
    }

    static ArmError invalid(String message) {
        return ArmError.badRequest("InvalidTemplate", "Deployment template validation failed: '" + message + "'.");
    }
}
