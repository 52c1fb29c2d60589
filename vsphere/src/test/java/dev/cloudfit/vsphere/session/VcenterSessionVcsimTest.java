package dev.cloudfit.vsphere.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.core.error.ExitCode;
import dev.cloudfit.testkit.vcsim.Vcsim;
import dev.cloudfit.testkit.vcsim.WithVcsim;
import dev.cloudfit.vsphere.fault.InvalidArgumentException;
import dev.cloudfit.vsphere.fault.InvalidLoginException;
import dev.cloudfit.vsphere.fault.ManagedObjectNotFoundException;
import dev.cloudfit.vsphere.fault.NotAuthenticatedException;
import dev.cloudfit.vsphere.fault.VimFaultException;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.soap.SessionCookie;
import dev.cloudfit.vsphere.soap.SoapRequest;
import dev.cloudfit.vsphere.soap.SoapResponseReader;
import dev.cloudfit.vsphere.soap.SoapTransport;
import dev.cloudfit.vsphere.soap.TransportSettings;
import dev.cloudfit.vsphere.soap.VcenterEndpoint;
import dev.cloudfit.vsphere.tls.Thumbprint;
import dev.cloudfit.vsphere.tls.VcenterTls;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Service content, login, logout and recovery from lost sessions, against the simulator. */
@WithVcsim
class VcenterSessionVcsimTest {

    private static VcenterTls tls(Vcsim vcsim) {
        return VcenterTls.pinned(Thumbprint.parse(vcsim.sha256Thumbprint()));
    }

    private static SoapTransport transport(Vcsim vcsim) {
        return SoapTransport.open(new VcenterEndpoint(vcsim.sdkUrl()), tls(vcsim), TransportSettings.defaults());
    }

    private static VcenterSession connect(Vcsim vcsim) {
        return VcenterSession.login(transport(vcsim), new Credentials(vcsim.username(), vcsim.password()));
    }

    @Test
    void serviceContentDescribesTheVcenterAndItsManagers(Vcsim vcsim) {
        try (VcenterSession session = connect(vcsim)) {
            ServiceContent content = session.serviceContent();
            AboutInfo about = content.about();
            assertThat(about.apiType()).isEqualTo(AboutInfo.VIRTUAL_CENTER);
            assertThat(about.isVcenter()).isTrue();
            assertThat(about.fullName()).startsWith("VMware vCenter Server");
            assertThat(about.instanceUuid()).matches("[0-9a-f-]{36}");
            assertThat(about.apiVersion()).matches("\\d+\\.\\d+(\\.\\d+)*");
            assertThat(session.transport().apiVersion()).as("calls switch to the server's own version")
                    .isEqualTo(about.apiVersion());

            assertThat(content.rootFolder().type()).isEqualTo("Folder");
            assertThat(content.propertyCollector().type()).isEqualTo("PropertyCollector");
            assertThat(content.sessionManager().type()).isEqualTo("SessionManager");
            assertThat(content.viewManager()).hasValueSatisfying(v -> assertThat(v.type()).isEqualTo("ViewManager"));
            assertThat(content.perfManager()).hasValueSatisfying(v -> assertThat(v.type()).isEqualTo("PerformanceManager"));
            assertThat(content.optionManager()).hasValueSatisfying(v -> assertThat(v.type()).isEqualTo("OptionManager"));
            assertThat(content.taskManager()).hasValueSatisfying(v -> assertThat(v.type()).isEqualTo("TaskManager"));
            assertThat(content.customFieldsManager()).isPresent();
            assertThat(content.manager("noSuchManager")).isEmpty();
        }
    }

    @Test
    void loginSetsTheCookieAndTheServerKnowsTheSession(Vcsim vcsim) {
        try (VcenterSession session = connect(vcsim)) {
            assertThat(session.transport().sessionCookie()).isPresent();
            UserSession login = session.loginSession();
            assertThat(login.userName()).isEqualTo(vcsim.username());

            UserSession current = session.currentSession();
            assertThat(current.key()).isEqualTo(login.key());
            assertThat(current.userName()).isEqualTo(vcsim.username());
            assertThat(current.loginTime()).isBefore(Instant.now().plusSeconds(5));
            assertThat(session.currentTime()).isBetween(Instant.now().minus(Duration.ofMinutes(1)),
                    Instant.now().plus(Duration.ofMinutes(1)));
            assertThat(session.reloginCount()).isZero();
        }
    }

    @Test
    void wrongCredentialsAreTheUsersToFixAndNeverEchoed(Vcsim vcsim) {
        String wrong = "wr<o>ng&\"pa'ss";
        assertThatThrownBy(() -> VcenterSession.login(transport(vcsim), new Credentials(vcsim.username(), wrong)))
                .isInstanceOfSatisfying(InvalidLoginException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
                    assertThat(e.faultName()).isEqualTo("InvalidLogin");
                })
                .hasMessageStartingWith("127.0.0.1 refused the login of user '" + vcsim.username()
                        + "': wrong user name or password (InvalidLogin")
                .hasMessageNotContaining(wrong)
                .hasMessageNotContaining(vcsim.password());
        assertThatThrownBy(() -> VcenterSession.login(transport(vcsim),
                new Credentials("<nobody>&", vcsim.password())))
                .as("markup in the user name is escaped, so the server reads it as a name")
                .isInstanceOf(InvalidLoginException.class);
    }

    @Test
    void recoversOnceWhenAnotherSessionTerminatesIt(Vcsim vcsim) {
        try (VcenterSession victim = connect(vcsim); VcenterSession admin = connect(vcsim)) {
            String oldKey = victim.loginSession().key();
            admin.callOnce(SoapRequest.method("TerminateSession", admin.serviceContent().sessionManager())
                    .text("sessionId", oldKey).build(), SoapResponseReader.none());

            assertThat(victim.currentTime()).isNotNull();
            assertThat(victim.reloginCount()).isEqualTo(1);
            assertThat(victim.loginSession().key()).isNotEqualTo(oldKey);
            assertThat(victim.currentSession().key()).isEqualTo(victim.loginSession().key());
            assertThat(victim.reloginCount()).as("the new session lasts").isEqualTo(1);
        }
    }

    @Test
    void recoversWhenItsCookieWasLoggedOutElsewhere(Vcsim vcsim) {
        try (VcenterSession session = connect(vcsim)) {
            SessionCookie stolen = session.transport().sessionCookie().orElseThrow();
            SoapTransport elsewhere = transport(vcsim);
            elsewhere.useSessionCookie(stolen);
            elsewhere.call(SoapRequest.method("Logout", session.serviceContent().sessionManager()).build(),
                    SoapResponseReader.none());

            assertThat(session.currentSession().userName()).isEqualTo(vcsim.username());
            assertThat(session.reloginCount()).isEqualTo(1);
            assertThat(session.transport().sessionCookie()).hasValueSatisfying(c -> assertThat(c).isNotEqualTo(stolen));
        }
    }

    @Test
    void callOnceDoesNotRetry(Vcsim vcsim) {
        try (VcenterSession victim = connect(vcsim); VcenterSession admin = connect(vcsim)) {
            admin.callOnce(SoapRequest.method("TerminateSession", admin.serviceContent().sessionManager())
                    .text("sessionId", victim.loginSession().key()).build(), SoapResponseReader.none());
            assertThatThrownBy(() -> victim.callOnce(SoapRequest.method("CurrentTime",
                    new ManagedObjectReference("ServiceInstance", "ServiceInstance")).build(), SoapResponseReader.none()))
                    .isInstanceOf(NotAuthenticatedException.class);
            assertThat(victim.reloginCount()).isZero();
        }
    }

    @Test
    void logoutEndsTheSessionOnTheServer(Vcsim vcsim) {
        VcenterSession session = connect(vcsim);
        SessionCookie cookie = session.transport().sessionCookie().orElseThrow();
        session.close();
        session.close();
        assertThat(session.transport().sessionCookie()).isEmpty();
        assertThatThrownBy(session::currentTime).isInstanceOf(IllegalStateException.class);

        SoapTransport replay = transport(vcsim);
        replay.useSessionCookie(cookie);
        assertThatThrownBy(() -> replay.call(SoapRequest.method("CurrentTime",
                new ManagedObjectReference("ServiceInstance", "ServiceInstance")).build(), SoapResponseReader.none()))
                .isInstanceOf(NotAuthenticatedException.class);
    }

    @Test
    void faultsFromTheServerArriveTyped(Vcsim vcsim) {
        try (VcenterSession session = connect(vcsim)) {
            assertThatThrownBy(() -> session.callOnce(SoapRequest.method("Destroy_Task",
                    new ManagedObjectReference("VirtualMachine", "vm-does-not-exist")).build(), SoapResponseReader.none()))
                    .isInstanceOfSatisfying(ManagedObjectNotFoundException.class,
                            e -> assertThat(e.object()).isEqualTo("VirtualMachine:vm-does-not-exist"));
            assertThatThrownBy(() -> session.callOnce(SoapRequest.method("TerminateSession",
                    session.serviceContent().sessionManager()).text("sessionId", session.loginSession().key()).build(),
                    SoapResponseReader.none()))
                    .as("a session may not terminate itself")
                    .isInstanceOf(InvalidArgumentException.class);
            assertThatThrownBy(() -> session.callOnce(SoapRequest.method("TerminateSession",
                    session.serviceContent().sessionManager()).text("sessionId", "no-such-session").build(),
                    SoapResponseReader.none()))
                    .isExactlyInstanceOf(VimFaultException.class)
                    .satisfies(e -> assertThat(((VimFaultException) e).faultName()).isEqualTo("NotFound"));
        }
    }

    @Test
    void secretsStayOutOfStrings(Vcsim vcsim) {
        try (VcenterSession session = connect(vcsim)) {
            String cookie = session.transport().sessionCookie().orElseThrow().value();
            String key = session.loginSession().key();
            Credentials credentials = new Credentials(vcsim.username(), vcsim.password());
            for (Object shown : new Object[] {session, session.transport(), session.loginSession(),
                    session.transport().sessionCookie().orElseThrow(), credentials,
                    SoapRequest.method("Login", session.serviceContent().sessionManager())
                            .text("password", vcsim.password()).build()}) {
                assertThat(shown.toString()).doesNotContain(vcsim.password()).doesNotContain(cookie).doesNotContain(key);
            }
        }
    }
}
