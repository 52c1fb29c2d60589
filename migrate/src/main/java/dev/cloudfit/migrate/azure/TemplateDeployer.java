package dev.cloudfit.migrate.azure;

import com.azure.resourcemanager.resources.fluent.models.DeploymentInner;
import com.azure.resourcemanager.resources.models.DeploymentMode;
import com.azure.resourcemanager.resources.models.DeploymentParameter;
import com.azure.resourcemanager.resources.models.DeploymentProperties;
import java.util.LinkedHashMap;
import java.util.Map;

/** Deploys one of cloudfit's templates into a resource group (incremental mode) and waits for it. */
final class TemplateDeployer {

    private final ArmClients arm;

    TemplateDeployer(ArmClients arm) {
        this.arm = arm;
    }

    /**
     * @param template   the template
     * @param target     the resource it creates (its group is the deployment's; its name names the deployment)
     * @param parameters exactly the template's parameters
     * @param provenance tags for the deployment record
     */
    void deploy(ArmTemplate template, AzureResourceId target, Map<String, Object> parameters, Provenance provenance) {
        deploy(template, target, parameters, provenance.tags());
    }

    /** As above, the deployment record tagged with {@code tags} (a shared resource's carry no VM). */
    void deploy(ArmTemplate template, AzureResourceId target, Map<String, Object> parameters, Map<String, String> tags) {
        Map<String, DeploymentParameter> values = new LinkedHashMap<>();
        parameters.forEach((name, value) -> values.put(name, new DeploymentParameter().withValue(value)));
        DeploymentInner deployment = new DeploymentInner().withTags(tags).withProperties(new DeploymentProperties()
                .withMode(DeploymentMode.INCREMENTAL).withTemplate(template.json()).withParameters(values));
        String name = deploymentName(target);
        ArmCalls.await("deploying the " + template.folder() + " template for", target, arm.connection.timing().operationTimeout(),
                () -> arm.deployments.getDeployments().beginCreateOrUpdate(target.resourceGroup(), name, deployment));
    }

    /** @return {@code cloudfit-<resource name>}, within ARM's 64 characters */
    static String deploymentName(AzureResourceId target) {
        String name = "cloudfit-" + target.name();
        return name.length() <= 64 ? name : name.substring(0, 64);
    }
}
