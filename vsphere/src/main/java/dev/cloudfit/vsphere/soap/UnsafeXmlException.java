package dev.cloudfit.vsphere.soap;

import dev.cloudfit.core.error.ExternalSystemException;

/**
 * A response carried XML we refuse to read: a document type declaration (the door to external
 * entities, XXE, and to entity expansion, "billion laughs") or an entity reference. vim25 never
 * sends either, so such a response comes from something that is not a vCenter, or from an attacker
 * in the path.
 */
public class UnsafeXmlException extends ExternalSystemException {

    public UnsafeXmlException(String message) {
        super(message);
    }
}
