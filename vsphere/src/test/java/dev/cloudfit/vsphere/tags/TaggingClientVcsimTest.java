package dev.cloudfit.vsphere.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.core.error.ExitCode;
import dev.cloudfit.testkit.vcsim.Vcsim;
import dev.cloudfit.testkit.vcsim.WithVcsim;
import dev.cloudfit.vsphere.session.Credentials;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.soap.TransportSettings;
import dev.cloudfit.vsphere.testing.VcsimObjects;
import dev.cloudfit.vsphere.tls.Thumbprint;
import dev.cloudfit.vsphere.tls.UntrustedCertificateException;
import dev.cloudfit.vsphere.tls.VcenterTls;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tags written and read back through the simulator's vSphere Automation REST API. */
@WithVcsim
class TaggingClientVcsimTest {

    private static VapiSession rest(Vcsim vcsim) {
        return VapiSession.login(VcsimObjects.endpoint(vcsim), VcsimObjects.tls(vcsim), TransportSettings.defaults(),
                VcsimObjects.credentials(vcsim));
    }

    @Test
    void categoriesTagsAndAttachmentsReadBackByName(Vcsim vcsim) {
        ManagedObjectReference vm0;
        ManagedObjectReference vm1;
        try (VcenterSession soap = VcsimObjects.connect(vcsim)) {
            vm0 = VcsimObjects.byPath(soap, "DC0/vm/DC0_H0_VM0");
            vm1 = VcsimObjects.byPath(soap, "DC0/vm/DC0_H0_VM1");
        }
        try (VapiSession session = rest(vcsim)) {
            TaggingClient tagging = new TaggingClient(session);
            String env = tagging.createCategory("Environment", "where it runs", TagCategory.Cardinality.SINGLE,
                    List.of("VirtualMachine"));
            String owner = tagging.createCategory("Owner", "", TagCategory.Cardinality.MULTIPLE, List.of());
            String production = tagging.createTag(env, "production", "");
            String test = tagging.createTag(env, "test", "");
            String finance = tagging.createTag(owner, "finance", "cost centre 42");
            String unused = tagging.createTag(owner, "nobody", "");
            tagging.attach(production, vm0);
            tagging.attach(finance, vm0);
            tagging.attach(test, vm1);

            assertThat(tagging.categories()).filteredOn(c -> c.id().equals(env)).singleElement().satisfies(c -> {
                assertThat(c.name()).isEqualTo("Environment");
                assertThat(c.description()).isEqualTo("where it runs");
                assertThat(c.cardinality()).isEqualTo(TagCategory.Cardinality.SINGLE);
                assertThat(c.associableTypes()).containsExactly("VirtualMachine");
            });
            assertThat(tagging.tags()).contains(new Tag(finance, "finance", "cost centre 42", owner),
                    new Tag(production, "production", "", env));
            Map<String, List<ManagedObjectReference>> attached = tagging.attachedObjects(List.of(production, unused));
            assertThat(attached.get(production)).containsExactly(vm0);
            assertThat(attached.get(unused)).isEmpty();
            assertThat(tagging.attachedTags(vm0)).containsExactlyInAnyOrder(production, finance);
            assertThat(tagging.objectTags()).containsSubsequence(
                    new ObjectTag(vm0, "Environment", "production"),
                    new ObjectTag(vm0, "Owner", "finance"),
                    new ObjectTag(vm1, "Environment", "test"));

            assertThatThrownBy(() -> tagging.createTag(env, "production", ""))
                    .isInstanceOfSatisfying(VapiErrorException.class, e -> {
                        assertThat(e.errorType()).isEqualTo(VapiErrorException.ALREADY_EXISTS);
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.exitCode()).isEqualTo(ExitCode.EXTERNAL);
                    });
            tagging.deleteCategory(owner);
            assertThat(tagging.categories()).extracting(TagCategory::id).doesNotContain(owner);
        }
    }

    @Test
    void aLostSessionIsReplacedOnce(Vcsim vcsim) {
        try (VapiSession session = rest(vcsim)) {
            session.delete("/com/vmware/cis/session"); // the server forgets our token
            assertThat(new TaggingClient(session).categories()).isNotNull();
            assertThat(session.reloginCount()).isEqualTo(1);
        }
    }

    @Test
    void aRefusedLoginIsTheUsersToFixAndNeverEchoesThePassword(Vcsim vcsim) {
        // vcsim's REST login accepts any non-empty password; an empty one is the refusal it can show
        assertThatThrownBy(() -> VapiSession.login(VcsimObjects.endpoint(vcsim), VcsimObjects.tls(vcsim),
                TransportSettings.defaults(), new Credentials(vcsim.username(), "")))
                .isInstanceOfSatisfying(VapiLoginRefusedException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT))
                .hasMessageContaining("refused the REST login of user '" + vcsim.username() + "'");
    }

    @Test
    void theRestClientTrustsExactlyWhatTheSoapClientTrusts(Vcsim vcsim) {
        assertThatThrownBy(() -> VapiSession.login(VcsimObjects.endpoint(vcsim), VcenterTls.systemTrust(),
                TransportSettings.defaults(), VcsimObjects.credentials(vcsim)))
                .isInstanceOfSatisfying(UntrustedCertificateException.class,
                        e -> assertThat(e.presented().hex()).isEqualTo(vcsim.sha256Thumbprint()));
        String wrongPin = vcsim.sha256Thumbprint().startsWith("00") ? "11" + vcsim.sha256Thumbprint().substring(2)
                : "00" + vcsim.sha256Thumbprint().substring(2);
        assertThatThrownBy(() -> VapiSession.login(VcsimObjects.endpoint(vcsim), VcenterTls.pinned(Thumbprint.parse(wrongPin)),
                TransportSettings.defaults(), VcsimObjects.credentials(vcsim)))
                .isInstanceOf(UntrustedCertificateException.class);
    }

    @Test
    void secretsStayOutOfStrings(Vcsim vcsim) {
        try (VapiSession session = rest(vcsim)) {
            assertThat(session.toString()).doesNotContain(vcsim.password()).contains(vcsim.username());
        }
    }
}
