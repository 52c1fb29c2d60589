/**
 * The Azure adapter of the migrate plugin: the only code in cloudfit that imports the Azure SDK's
 * resource-manager types. Callers see immutable records ({@link dev.cloudfit.migrate.azure.DiskTarget},
 * {@link dev.cloudfit.migrate.azure.VmDeployment}, {@link dev.cloudfit.migrate.azure.AzureResourceId},
 * {@link dev.cloudfit.migrate.azure.AzureFinding}...) and {@link dev.cloudfit.migrate.azure.AzureAdapter}.
 * Every resource it creates carries {@link dev.cloudfit.migrate.azure.Provenance} tags and is looked up
 * before it is created ("ensure"), so a re-run creates nothing twice.
 */
package dev.cloudfit.migrate.azure;
