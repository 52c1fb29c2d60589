package dev.cloudfit.assess.inventory.generate;

/**
 * A VM network (a distributed or standard port group) on a switch, with its VLAN and what it is
 * for ({@code web}, {@code app}, {@code db}, {@code test}, {@code dev}, {@code dmz}, {@code mgmt},
 * {@code backup}).
 */
record PortGroup(String name, String switchName, int vlan, String purpose) {
}
