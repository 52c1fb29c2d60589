package dev.cloudfit.testkit.arm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateExpressionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static TemplateExpression.Scope scope() throws Exception {
        ObjectNode params = (ObjectNode) JSON.readTree("{\"name\":\"web01\",\"ids\":[\"a\",\"b\"],\"zone\":\"\",\"tags\":{\"k\":\"v\"}}");
        return new TemplateExpression.Scope("sub", "rg", "westeurope", params, JSON.createObjectNode(), Map.of());
    }

    private static JsonNode eval(String expression) throws Exception {
        return TemplateExpression.evaluate(expression, scope());
    }

    @Test
    void functionsEvaluateAsArmDoes() throws Exception {
        assertThat(eval("concat(parameters('name'), '-nic')").asText()).isEqualTo("web01-nic");
        assertThat(eval("resourceId('Microsoft.Network/virtualNetworks/subnets', 'vn', 's')").asText())
                .isEqualTo("/subscriptions/sub/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vn/subnets/s");
        assertThat(eval("if(empty(parameters('zone')), 'none', parameters('zone'))").asText()).isEqualTo("none");
        assertThat(eval("length(parameters('ids'))").asInt()).isEqualTo(2);
        assertThat(eval("parameters('ids')[1]").asText()).isEqualTo("b");
        assertThat(eval("parameters('tags').k").asText()).isEqualTo("v");
        assertThat(eval("resourceGroup().location").asText()).isEqualTo("westeurope");
        assertThat(eval("null()").isNull()).isTrue();
        assertThat(eval("'it''s'").asText()).isEqualTo("it's");
    }

    @Test
    void aPropertyCopyLoopExpandsWithItsIndex() throws Exception {
        JsonNode tree = JSON.readTree("{\"copy\":[{\"name\":\"disks\",\"count\":\"[length(parameters('ids'))]\","
                + "\"input\":{\"lun\":\"[copyIndex('disks')]\",\"id\":\"[parameters('ids')[copyIndex('disks')]]\"}}],\"x\":\"[[literal]\"}");
        JsonNode out = TemplateExpression.evaluateTree(tree, scope());
        assertThat(out.path("disks")).hasSize(2);
        assertThat(out.path("disks").get(1).path("lun").asInt()).isEqualTo(1);
        assertThat(out.path("disks").get(1).path("id").asText()).isEqualTo("b");
        assertThat(out.path("x").asText()).isEqualTo("[literal]");
    }

    @Test
    void unknownFunctionsAndParametersAreInvalidTemplates() {
        assertThatThrownBy(() -> eval("reference('x')")).isInstanceOfSatisfying(ArmError.class,
                e -> assertThat(e.code()).isEqualTo("InvalidTemplate"));
        assertThatThrownBy(() -> eval("parameters('nope')")).isInstanceOf(ArmError.class).hasMessageContaining("'nope' is not found");
    }
}
