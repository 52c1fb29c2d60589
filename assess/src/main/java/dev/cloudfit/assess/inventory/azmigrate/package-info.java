/**
 * Import of the Azure Migrate "import servers with CSV" template: inventory plus one utilisation
 * figure per metric. Entry point: {@link dev.cloudfit.assess.inventory.azmigrate.AzureMigrateCsvImporter}.
 */
package dev.cloudfit.assess.inventory.azmigrate;
