package dev.cloudfit.migrate.cli;

import dev.cloudfit.vsphere.session.Credentials;
import dev.cloudfit.vsphere.session.PasswordSource;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.TransportSettings;
import dev.cloudfit.vsphere.soap.VcenterEndpoint;
import dev.cloudfit.vsphere.tls.Thumbprint;
import dev.cloudfit.vsphere.tls.VcenterTls;
import java.io.Console;
import picocli.CommandLine.Option;

/** Where the source VMs are: the same vCenter options as {@code collect}; the password never on the command line. */
public final class VcenterOptions {

    @Option(names = "--vcenter", required = true, paramLabel = "HOST[:PORT]|URL", description = "The vCenter of the approved VMs.")
    String vcenter;

    @Option(names = "--user", required = true, paramLabel = "USER", description = "A vCenter user allowed to snapshot, power and read datastores.")
    String user;

    @Option(names = "--password-env", paramLabel = "VAR",
            description = "Environment variable holding the password (else a prompt on the terminal).")
    String passwordEnv;

    @Option(names = "--thumbprint", paramLabel = "HEX",
            description = "SHA-256 (or SHA-1) thumbprint of vCenter's certificate, when the system does not trust it.")
    String thumbprint;

    VcenterTls tls() {
        return thumbprint == null ? VcenterTls.systemTrust() : VcenterTls.pinned(Thumbprint.parse(thumbprint));
    }

    VcenterSession connect() {
        Console console = System.console();
        PasswordSource.Prompt prompt = console == null ? null : console::readPassword;
        String password = PasswordSource.resolve(passwordEnv, System::getenv, prompt,
                "Password for " + user + " at " + vcenter + ": ");
        return VcenterSession.connect(VcenterEndpoint.parse(vcenter), tls(), TransportSettings.defaults(),
                new Credentials(user, password));
    }
}
