package dev.cloudfit.vsphere.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.core.error.ExitCode;
import dev.cloudfit.testkit.vcsim.Vcsim;
import dev.cloudfit.testkit.vcsim.WithVcsim;
import dev.cloudfit.vsphere.fault.ManagedObjectNotFoundException;
import dev.cloudfit.vsphere.fault.VimFaultException;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.soap.SoapRequest;
import dev.cloudfit.vsphere.soap.StaxReading;
import dev.cloudfit.vsphere.testing.VcsimObjects;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Tasks started on the simulator's VMs, waited for to success and to a typed failure. */
@WithVcsim
class TaskWaiterVcsimTest {

    private static ManagedObjectReference start(VcenterSession session, String method, ManagedObjectReference vm) {
        return session.callOnce(SoapRequest.method(method, vm).build(), reader -> {
            ManagedObjectReference task = null;
            while (StaxReading.nextChild(reader)) {
                if (reader.getLocalName().equals("returnval")) {
                    task = StaxReading.reference(reader);
                } else {
                    StaxReading.skipElement(reader);
                }
            }
            return task;
        });
    }

    @Test
    void aSuccessfulTaskReportsItsOperationAndEntity(Vcsim vcsim) {
        try (VcenterSession session = VcsimObjects.connect(vcsim)) {
            ManagedObjectReference vm = VcsimObjects.byPath(session, "DC0/vm/DC0_H0_VM0");
            ManagedObjectReference task = start(session, "PowerOffVM_Task", vm);
            assertThat(task.type()).isEqualTo("Task");

            TaskInfo done = new TaskWaiter(session).await(task, Duration.ofSeconds(30));
            assertThat(done.state()).isEqualTo(TaskState.SUCCESS);
            assertThat(done.task()).isEqualTo(task);
            assertThat(done.entity()).contains(vm);
            assertThat(done.error()).isEmpty();
            assertThat(done.name()).isNotBlank();
        }
    }

    @Test
    void aFailedTaskRaisesItsFaultTyped(Vcsim vcsim) {
        try (VcenterSession session = VcsimObjects.connect(vcsim)) {
            ManagedObjectReference vm = VcsimObjects.byPath(session, "DC0/vm/DC0_H0_VM1");
            TaskWaiter waiter = new TaskWaiter(session);
            waiter.await(start(session, "PowerOffVM_Task", vm), Duration.ofSeconds(30));

            ManagedObjectReference again = start(session, "PowerOffVM_Task", vm); // already off
            assertThatThrownBy(() -> waiter.await(again, Duration.ofSeconds(30)))
                    .isInstanceOfSatisfying(VimFaultException.class, e -> {
                        assertThat(e.faultName()).isEqualTo("InvalidPowerState");
                        assertThat(e.fault().detail("existingState")).isEqualTo("poweredOff");
                        assertThat(e.exitCode()).isEqualTo(ExitCode.EXTERNAL);
                    });
            assertThat(waiter.info(again).state()).isEqualTo(TaskState.ERROR);
        }
    }

    @Test
    void destroyingAVmIsATaskToo(Vcsim vcsim) {
        try (VcenterSession session = VcsimObjects.connect(vcsim)) {
            ManagedObjectReference vm = VcsimObjects.byPath(session, "DC0/vm/DC0_C0_RP0_VM1");
            TaskWaiter waiter = new TaskWaiter(session);
            waiter.await(start(session, "PowerOffVM_Task", vm), Duration.ofSeconds(30));
            TaskInfo destroyed = waiter.await(start(session, "Destroy_Task", vm), Duration.ofSeconds(30));
            assertThat(destroyed.state()).isEqualTo(TaskState.SUCCESS);
            assertThatThrownBy(() -> start(session, "PowerOnVM_Task", vm))
                    .as("the VM is gone").isInstanceOf(ManagedObjectNotFoundException.class);
        }
    }

    @Test
    void aSessionLostWhileWaitingIsRecovered(Vcsim vcsim) {
        try (VcenterSession session = VcsimObjects.connect(vcsim); VcenterSession admin = VcsimObjects.connect(vcsim)) {
            ManagedObjectReference vm = VcsimObjects.byPath(session, "DC0/vm/DC0_C0_RP0_VM0");
            ManagedObjectReference task = start(session, "PowerOffVM_Task", vm);
            admin.callOnce(SoapRequest.method("TerminateSession", admin.serviceContent().sessionManager())
                    .text("sessionId", session.loginSession().key()).build(), dev.cloudfit.vsphere.soap.SoapResponseReader.none());
            assertThat(new TaskWaiter(session).await(task, Duration.ofSeconds(30)).state()).isEqualTo(TaskState.SUCCESS);
            assertThat(session.reloginCount()).isEqualTo(1);
        }
    }
}
