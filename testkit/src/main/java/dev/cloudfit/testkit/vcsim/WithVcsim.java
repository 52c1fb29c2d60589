package dev.cloudfit.testkit.vcsim;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts one vCenter simulator for the annotated test class, stops it after the class, and
 * passes it to any test, lifecycle method or constructor parameter of type {@link Vcsim}.
 * The attributes default to {@link VcsimConfig#defaults()}.
 *
 * <pre>{@code
 * @WithVcsim(datacenters = 2, vmsPerHostOrCluster = 5)
 * class InventoryTest {
 *     @Test
 *     void readsEveryVm(Vcsim vcsim) { ... }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(VcsimExtension.class)
public @interface WithVcsim {

    /** @return number of datacenters */
    int datacenters() default 1;

    /** @return clusters in each datacenter */
    int clustersPerDatacenter() default 1;

    /** @return hosts in each cluster */
    int hostsPerCluster() default 3;

    /** @return standalone hosts in each datacenter */
    int standaloneHostsPerDatacenter() default 1;

    /** @return VMs on each standalone host and in each cluster */
    int vmsPerHostOrCluster() default 2;

    /** @return local datastores in each datacenter (at least 1) */
    int datastoresPerDatacenter() default 1;

    /** @return distributed port groups in each datacenter */
    int portgroupsPerDatacenter() default 1;

    /** @return the only user name Login accepts */
    String username() default "user";
}
