/**
 * Waiting for vCenter tasks ({@code *_Task} methods return a Task at once and work on): poll
 * {@code Task.info} until success or error, with a deadline; a failed task becomes the same typed
 * {@link dev.cloudfit.vsphere.fault.VimFaultException} a failed call would. Entry point:
 * {@link dev.cloudfit.vsphere.task.TaskWaiter}, ready for the migrate plugin.
 */
package dev.cloudfit.vsphere.task;
