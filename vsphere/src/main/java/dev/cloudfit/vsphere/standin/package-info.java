/** Setting up the vCenter simulator as an assessed estate's vCenter, for {@code demo --migrate}. */
package dev.cloudfit.vsphere.standin;
