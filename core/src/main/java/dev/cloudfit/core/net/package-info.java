/** Network facts every client words the same way: a host name that does not resolve. */
package dev.cloudfit.core.net;
