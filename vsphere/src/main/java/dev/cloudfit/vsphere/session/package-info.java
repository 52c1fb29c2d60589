/**
 * A vim25 session: {@code RetrieveServiceContent}, {@code Login}/{@code Logout} with the
 * {@code vmware_soap_session} cookie, one automatic re-login on {@code NotAuthenticated}, and the
 * server's view of the session. Entry point: {@link dev.cloudfit.vsphere.session.VcenterSession}.
 */
package dev.cloudfit.vsphere.session;
