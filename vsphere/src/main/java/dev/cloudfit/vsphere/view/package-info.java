/**
 * Container views ({@code ViewManager.CreateContainerView} / {@code DestroyView}): the flat list
 * of objects of some types under a folder that {@link dev.cloudfit.vsphere.property.PropertyCollector}
 * walks. Entry point: {@link dev.cloudfit.vsphere.view.ContainerView}.
 */
package dev.cloudfit.vsphere.view;
