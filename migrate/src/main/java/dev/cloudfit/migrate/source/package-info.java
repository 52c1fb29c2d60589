/**
 * The source side of a run: what a migration may do to a vSphere VM (snapshot, power, and undoing
 * both) and how its disks are read (the base disk's flat extent through datastore HTTP, held still
 * by a snapshot or by the VM being off), behind one port so the run never sees SOAP.
 */
package dev.cloudfit.migrate.source;
