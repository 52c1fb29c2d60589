/**
 * Where each VM goes in Azure before an admin says otherwise: the Migration Plan's target columns
 * (resource group, VNet, subnet, wave, IP, test VNet) filled from {@code assess --plan-defaults FILE}
 * rules matched by cluster, folder, tag or VM name.
 */
package dev.cloudfit.assess.plan;
