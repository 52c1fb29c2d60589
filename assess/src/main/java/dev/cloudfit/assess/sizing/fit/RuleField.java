package dev.cloudfit.assess.sizing.fit;

/** The VM property a fit rule looks at. */
public enum RuleField {
    /** The guest OS name (VMware Tools' when present, else the configured one). */
    GUEST_OS,
    /** A vSphere tag; {@code key} is the tag category (empty: any category), the value is matched against the tag name. */
    TAG,
    /** A custom attribute; {@code key} is the attribute name. */
    CUSTOM_ATTRIBUTE,
    /** The VM's notes. */
    ANNOTATION,
    /** The VM's name. */
    VM_NAME
}
